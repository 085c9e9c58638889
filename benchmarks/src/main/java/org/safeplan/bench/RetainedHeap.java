package org.safeplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.openjdk.jol.info.GraphLayout;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * Retained heap of a ready advisor (content loaded, one advice given), two ways:
 * <ul>
 * <li>JOL {@code GraphLayout.parseInstance(advisor)}: every object reachable from the advisor;
 * <li>GC-and-measure: used heap after full GCs with the advisor held, minus before it was created.
 *     This also counts what loading leaves in static caches (Drools, Jackson, SnakeYAML), which
 *     is what an application pays for the first advisor.
 * </ul>
 * {@code java -cp benchmarks/target/benchmarks.jar org.safeplan.bench.RetainedHeap [--top]}
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    public static void main(String[] args) throws Exception {
        // JOL cannot read record fields (SafetyAdvisor holds a record) through Unsafe offsets.
        System.setProperty("jol.magicFieldOffset", "true");
        Situation first = Situation.builder().country("US").immediateDanger(true)
                .location(Location.KITCHEN).build();
        long before = usedAfterGc();
        SafetyAdvisor advisor = SafetyAdvisor.create();
        advisor.advise(first);
        long after = usedAfterGc();
        GraphLayout layout = GraphLayout.parseInstance(advisor);
        System.out.printf("JOL GraphLayout of the advisor: %.2f MiB in %,d objects%n",
                layout.totalSize() / 1048576.0, layout.totalCount());
        System.out.printf("GC-and-measure (heap used after GC, advisor held, minus before): %.2f MiB%n",
                (after - before) / 1048576.0);
        if (args.length > 0 && args[0].equals("--top")) {
            System.out.println(layout.toFootprint());
        }
        // Keep the advisor reachable until here.
        System.out.println("content " + advisor.contentVersion());
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
