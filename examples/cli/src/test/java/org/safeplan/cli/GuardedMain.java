package org.safeplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code safeplan} command in a JVM where every way Java code opens a network connection
 * is intercepted, recorded and refused, then reports the attempts on stderr as
 * {@code network-guard: N attempts} (and each one). Used by {@link CliProcessIT} with the fat jar
 * and this class on the class path:
 * <ul>
 * <li>{@code java.net.Socket} and {@code ServerSocket} (and so {@code HttpURLConnection}, JDBC,
 *     mail, ...): socket factories that refuse to create any socket;</li>
 * <li>{@code DatagramSocket} (UDP): a datagram socket factory that refuses;</li>
 * <li>NIO channels ({@code SocketChannel}, {@code DatagramChannel}, {@code ServerSocketChannel},
 *     and so {@code java.net.http.HttpClient}): the system selector provider is replaced, through
 *     {@code -Djava.nio.channels.spi.SelectorProvider=org.safeplan.cli.GuardedMain$NoNetwork}, by
 *     one that refuses to open any of them;</li>
 * <li>URL connections through a proxy: the default {@code ProxySelector} records every URI asked for;</li>
 * <li>name lookups: the test starts the JVM with {@code -Djdk.net.hosts.file} pointing at an empty
 *     file, so InetAddress resolves from that file and never sends a DNS query.</li>
 * </ul>
 * {@code selftest} as the only argument instead tries each of these, to prove the guard sees them.
 */
public final class GuardedMain {

    private static final List<String> ATTEMPTS = new ArrayList<>();

    private GuardedMain() {
    }

    static synchronized void attempt(String what) {
        StringBuilder where = new StringBuilder(what);
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            if (!e.getClassName().startsWith(GuardedMain.class.getName()) && !e.getClassName().startsWith("java.")
                    && !e.getClassName().startsWith("sun.") && !e.getClassName().startsWith("jdk.")) {
                where.append(" from ").append(e);
                break;
            }
        }
        ATTEMPTS.add(where.toString());
    }

    private static IOException refused() {
        return new IOException("network access is off in this test");
    }

    /** Refuses every network channel; only pipes and selectors (no network) are not offered either. */
    public static final class NoNetwork extends SelectorProvider {
        @Override
        public DatagramChannel openDatagramChannel() throws IOException {
            attempt("DatagramChannel.open");
            throw refused();
        }

        @Override
        public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
            attempt("DatagramChannel.open(" + family + ")");
            throw refused();
        }

        @Override
        public Pipe openPipe() throws IOException {
            attempt("Pipe.open (no network, but not expected either)");
            throw refused();
        }

        @Override
        public AbstractSelector openSelector() throws IOException {
            attempt("Selector.open");
            throw refused();
        }

        @Override
        public ServerSocketChannel openServerSocketChannel() throws IOException {
            attempt("ServerSocketChannel.open");
            throw refused();
        }

        @Override
        public SocketChannel openSocketChannel() throws IOException {
            attempt("SocketChannel.open");
            throw refused();
        }
    }

    @SuppressWarnings("deprecation") // DatagramSocket.setDatagramSocketImplFactory: the only hook for UDP sockets
    private static void install() throws IOException {
        Socket.setSocketImplFactory(() -> {
            attempt("new Socket");
            throw new UncheckedIOException(refused());
        });
        ServerSocket.setSocketFactory(() -> {
            attempt("new ServerSocket");
            throw new UncheckedIOException(refused());
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            attempt("new DatagramSocket");
            throw new UncheckedIOException(refused());
        });
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempt("connection to " + uri.getScheme() + "://" + uri.getHost());
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    public static void main(String[] args) throws Exception {
        if (!(SelectorProvider.provider() instanceof NoNetwork)) {
            System.err.println("network-guard: not installed (start with -Djava.nio.channels.spi.SelectorProvider="
                    + NoNetwork.class.getName() + ")");
            System.exit(99);
        }
        install();
        int exit;
        if (args.length == 1 && args[0].equals("selftest")) {
            selfTest();
            exit = 0;
        } else {
            exit = SafePlanCli.run(args);
        }
        System.out.flush();
        synchronized (GuardedMain.class) {
            System.err.println("network-guard: " + ATTEMPTS.size() + " attempts");
            ATTEMPTS.forEach(a -> System.err.println("network-guard: " + a));
        }
        System.exit(exit);
    }

    private static void selfTest() {
        List<ThrowingRunnable> tries = List.of(
                () -> new Socket("192.0.2.1", 80).close(),
                () -> new ServerSocket(0).close(),
                () -> new DatagramSocket().close(),
                () -> SocketChannel.open(new InetSocketAddress("192.0.2.1", 80)).close(),
                () -> DatagramChannel.open().close(),
                () -> new URL("http://192.0.2.1/").openConnection().connect(),
                () -> java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(URI.create("http://192.0.2.1/")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()),
                () -> java.net.InetAddress.getByName("example.org"));
        for (ThrowingRunnable t : tries) {
            try {
                t.run();
            } catch (Exception | Error e) {
                // refused, as it should be
            }
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
