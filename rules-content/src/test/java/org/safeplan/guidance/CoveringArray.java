package org.safeplan.guidance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A strength-3 covering array built greedily: rows of value indexes such that for every three
 * factors, every combination of their values appears in at least one row.
 *
 * <p>Each row starts from a combination not yet covered, then fixes the remaining factors one at a
 * time (in a random order) to the value that covers the most new 3-way combinations with the factors
 * already fixed; of a few such candidates, the row covering most is kept. Seeded, so the same
 * levels give the same array. {@link #uncovered(int[], List)} re-checks the result independently.
 */
final class CoveringArray {

    private static final int CANDIDATES = 3;

    private CoveringArray() {
    }

    /** A 3-wise covering array for factors with {@code levels[i]} values each. */
    static List<int[]> strength3(int[] levels, long seed) {
        int k = levels.length;
        if (k < 3) {
            throw new IllegalArgumentException("at least three factors");
        }
        Coverage coverage = new Coverage(levels);
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> rows = new ArrayList<>();
        while (coverage.remaining > 0) {
            int[] best = null;
            int bestGain = -1;
            for (int c = 0; c < CANDIDATES; c++) {
                int[] row = candidate(levels, coverage, random);
                int gain = coverage.gain(row);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = row;
                }
            }
            coverage.cover(best);
            rows.add(best);
        }
        return rows;
    }

    private static int[] candidate(int[] levels, Coverage coverage, SplittableRandom random) {
        int k = levels.length;
        int[] row = new int[k];
        Arrays.fill(row, -1);
        int[] seedTuple = coverage.someUncovered(random);
        row[seedTuple[0]] = seedTuple[3];
        row[seedTuple[1]] = seedTuple[4];
        row[seedTuple[2]] = seedTuple[5];
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int f : order) {
            if (row[f] >= 0) {
                continue;
            }
            int bestValue = random.nextInt(levels[f]);
            int bestGain = -1;
            int start = random.nextInt(levels[f]);
            for (int d = 0; d < levels[f]; d++) {
                int v = (start + d) % levels[f];
                int gain = coverage.gainOf(row, f, v);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestValue = v;
                }
            }
            row[f] = bestValue;
        }
        return row;
    }

    /** The number of 3-way value combinations that no row covers (0 for a covering array). */
    static long uncovered(int[] levels, List<int[]> rows) {
        Coverage coverage = new Coverage(levels);
        rows.forEach(coverage::cover);
        return coverage.remaining;
    }

    /** Which 3-way combinations are covered; one bit set per factor triple. */
    private static final class Coverage {
        private final int[] levels;
        /** covered[a][b][c] for a < b < c: value combination index va * lb * lc + vb * lc + vc. */
        private final boolean[][][][] covered;
        private long remaining;

        Coverage(int[] levels) {
            this.levels = levels;
            int k = levels.length;
            covered = new boolean[k][k][k][];
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    for (int c = b + 1; c < k; c++) {
                        covered[a][b][c] = new boolean[levels[a] * levels[b] * levels[c]];
                        remaining += covered[a][b][c].length;
                    }
                }
            }
        }

        private int index(int a, int b, int c, int va, int vb, int vc) {
            return (va * levels[b] + vb) * levels[c] + vc;
        }

        /** New combinations a complete row would cover. */
        int gain(int[] row) {
            int k = levels.length;
            int gain = 0;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    for (int c = b + 1; c < k; c++) {
                        if (!covered[a][b][c][index(a, b, c, row[a], row[b], row[c])]) {
                            gain++;
                        }
                    }
                }
            }
            return gain;
        }

        /** New combinations of factor {@code f} at value {@code v} with pairs of factors already fixed. */
        int gainOf(int[] row, int f, int v) {
            int k = levels.length;
            int gain = 0;
            for (int g = 0; g < k; g++) {
                if (g == f || row[g] < 0) {
                    continue;
                }
                for (int h = g + 1; h < k; h++) {
                    if (h == f || row[h] < 0) {
                        continue;
                    }
                    int[] t = sorted(f, v, g, row[g], h, row[h]);
                    if (!covered[t[0]][t[1]][t[2]][index(t[0], t[1], t[2], t[3], t[4], t[5])]) {
                        gain++;
                    }
                }
            }
            return gain;
        }

        void cover(int[] row) {
            int k = levels.length;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    for (int c = b + 1; c < k; c++) {
                        int i = index(a, b, c, row[a], row[b], row[c]);
                        if (!covered[a][b][c][i]) {
                            covered[a][b][c][i] = true;
                            remaining--;
                        }
                    }
                }
            }
        }

        /** An uncovered combination as {a, b, c, va, vb, vc}, scanning from a random factor triple. */
        int[] someUncovered(SplittableRandom random) {
            int k = levels.length;
            int triples = k * (k - 1) * (k - 2) / 6;
            int skip = random.nextInt(triples);
            for (int pass = 0; pass < 2; pass++) {
                int n = 0;
                for (int a = 0; a < k; a++) {
                    for (int b = a + 1; b < k; b++) {
                        for (int c = b + 1; c < k; c++, n++) {
                            if (pass == 0 && n < skip) {
                                continue;
                            }
                            boolean[] cell = covered[a][b][c];
                            int offset = random.nextInt(cell.length);
                            for (int d = 0; d < cell.length; d++) {
                                int i = (offset + d) % cell.length;
                                if (!cell[i]) {
                                    int vc = i % levels[c];
                                    int vb = (i / levels[c]) % levels[b];
                                    int va = i / (levels[c] * levels[b]);
                                    return new int[] {a, b, c, va, vb, vc};
                                }
                            }
                        }
                    }
                }
            }
            throw new IllegalStateException("everything is covered");
        }

        private static int[] sorted(int f1, int v1, int f2, int v2, int f3, int v3) {
            // three factors with their values, ordered by factor
            if (f1 > f2) {
                int t = f1; f1 = f2; f2 = t;
                t = v1; v1 = v2; v2 = t;
            }
            if (f2 > f3) {
                int t = f2; f2 = f3; f3 = t;
                t = v2; v2 = v3; v3 = t;
            }
            if (f1 > f2) {
                int t = f1; f1 = f2; f2 = t;
                t = v1; v1 = v2; v2 = t;
            }
            return new int[] {f1, f2, f3, v1, v2, v3};
        }
    }
}
