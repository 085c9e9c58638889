package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The class loader of a content jar: the jar first, then the parent. A content jar of another
 * version is thus never shadowed by the bundled content, whose generated rule classes and content
 * files have the same names.
 *
 * <ul>
 * <li>Classes: {@code java.*} and SafePlan's own ({@code org.safeplan.rules.*}) always come from the
 *     parent, so the content and the engine agree on the fact and API types. Any other class is
 *     looked up in the jar first: a content jar holds only its generated rule classes, so Drools
 *     and the rest come from the parent because the jar has none of them, not because of a rule.</li>
 * <li>Resources: a name the jar has is answered by the jar alone ({@link #getResources} too, so the
 *     bundled content's manifest is not seen beside the jar's); other names by the parent.</li>
 * </ul>
 */
final class ChildFirstClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    ChildFirstClassLoader(URL jar, ClassLoader parent) {
        super(new URL[] {jar}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("java.") || name.startsWith("org.safeplan.rules.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException e) {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    /**
     * The resource opened without the JDK's cache of open jar files: two loaders of the same jar
     * would otherwise read through one shared {@code JarFile}, and closing one of them (see
     * {@link JarLoaders}) would close the other's streams mid-read ("Stream closed"). Each stream
     * opens the jar itself and closes it when closed.
     */
    @Override
    public InputStream getResourceAsStream(String name) {
        URL url = getResource(name);
        if (url == null) {
            return null;
        }
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            return connection.getInputStream();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        URL own = findResource(name);
        return own != null ? Collections.enumeration(Collections.singletonList(own)) : super.getResources(name);
    }
}
