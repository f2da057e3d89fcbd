package io.gatehouse.web.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff between two texts, longest common subsequence of lines, for people rather than patches. Lines
 * shared at the start and the end are matched first, so the usual small edit to a long body costs little; a
 * middle too large to compare line by line (see {@link #MAX_CELLS}) is shown as all removed, then all added.
 */
public final class LineDiff {

    /** Bounds the comparison table: 20,000 characters of body could otherwise make 20,000 × 20,000 cells. */
    static final long MAX_CELLS = 4_000_000;

    public enum Kind { SAME, REMOVED, ADDED, SKIPPED }

    /** One line of the diff; {@code SKIPPED} stands for unchanged lines left out, its text says how many. */
    public record Line(Kind kind, String text) {
        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean skipped() {
            return kind == Kind.SKIPPED;
        }
    }

    private LineDiff() {
    }

    /** Every line of both texts, in order, each marked as kept, removed or added. Null reads as empty. */
    public static List<Line> between(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<Line> diff = new ArrayList<>();
        same(a, 0, start, diff);
        middle(Arrays.copyOfRange(a, start, endA), Arrays.copyOfRange(b, start, endB), diff);
        same(a, endA, a.length, diff);
        return diff;
    }

    /** The diff with runs of unchanged lines longer than {@code 2 × context} shortened to their edges. */
    public static List<Line> compact(List<Line> diff, int context) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < diff.size()) {
            int j = i;
            while (j < diff.size() && diff.get(j).same()) {
                j++;
            }
            int keepHead = i == 0 ? 0 : context;
            int keepTail = j == diff.size() ? 0 : context;
            // a marker stands for at least two lines: one left out would take as much room as the marker
            if (j - i > keepHead + keepTail + 1) {
                out.addAll(diff.subList(i, i + keepHead));
                out.add(new Line(Kind.SKIPPED, (j - i - keepHead - keepTail) + " unchanged lines"));
                out.addAll(diff.subList(j - keepTail, j));
            } else {
                out.addAll(diff.subList(i, j));
            }
            while (j < diff.size() && !diff.get(j).same()) {
                out.add(diff.get(j++));
            }
            i = j;
        }
        return out;
    }

    public static boolean changes(List<Line> diff) {
        return diff.stream().anyMatch(line -> line.removed() || line.added());
    }

    private static void middle(String[] a, String[] b, List<Line> diff) {
        if ((long) a.length * b.length > MAX_CELLS) {
            each(a, Kind.REMOVED, diff);
            each(b, Kind.ADDED, diff);
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                diff.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                diff.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        each(Arrays.copyOfRange(a, i, a.length), Kind.REMOVED, diff);
        each(Arrays.copyOfRange(b, j, b.length), Kind.ADDED, diff);
    }

    private static void same(String[] lines, int from, int to, List<Line> diff) {
        for (int i = from; i < to; i++) {
            diff.add(new Line(Kind.SAME, lines[i]));
        }
    }

    private static void each(String[] lines, Kind kind, List<Line> diff) {
        for (String line : lines) {
            diff.add(new Line(kind, line));
        }
    }

    static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\r\n|\r|\n", -1);
    }
}
