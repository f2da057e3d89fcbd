package io.gatehouse.web.document;

import io.gatehouse.web.document.LineDiff.Kind;
import io.gatehouse.web.document.LineDiff.Line;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void sameTextThenEveryLineKeptAndNoChanges() {
        List<Line> diff = LineDiff.between("one\ntwo", "one\ntwo");

        assertThat(diff).containsExactly(same("one"), same("two"));
        assertThat(LineDiff.changes(diff)).isFalse();
    }

    @Test
    void changedLineInTheMiddleThenRemovedThenAddedBetweenKeptLines() {
        List<Line> diff = LineDiff.between("one\ntwo\nthree", "one\nTWO\nthree");

        assertThat(diff).containsExactly(same("one"), removed("two"), added("TWO"), same("three"));
        assertThat(LineDiff.changes(diff)).isTrue();
    }

    @Test
    void lineInsertedAndLineDeletedThenOnlyThoseMarked() {
        assertThat(LineDiff.between("a\nb\nc", "a\nx\nb\nc")).containsExactly(same("a"), added("x"), same("b"), same("c"));
        assertThat(LineDiff.between("a\nb\nc", "a\nc")).containsExactly(same("a"), removed("b"), same("c"));
    }

    @Test
    void reorderedLinesThenTheLongestCommonRunIsKept() {
        List<Line> diff = LineDiff.between("a\nb\nc\nd", "b\nc\nd\na");

        assertThat(diff).containsExactly(removed("a"), same("b"), same("c"), same("d"), added("a"));
    }

    @Test
    void emptyOrMissingTextThenOnlyAddedOrOnlyRemoved() {
        assertThat(LineDiff.between(null, "new\nlines")).containsExactly(added("new"), added("lines"));
        assertThat(LineDiff.between("", "new")).containsExactly(added("new"));
        assertThat(LineDiff.between("old", null)).containsExactly(removed("old"));
        assertThat(LineDiff.between(null, null)).isEmpty();
    }

    @Test
    void windowsAndUnixLineEndingsThenTheSameLines() {
        assertThat(LineDiff.between("one\r\ntwo", "one\ntwo")).containsExactly(same("one"), same("two"));
    }

    @Test
    void middleTooLargeToCompareThenAllRemovedThenAllAddedAndEdgesKept() {
        String before = "head\n" + numbered("old", 2_100) + "\ntail";
        String after = "head\n" + numbered("new", 2_100) + "\ntail";

        List<Line> diff = LineDiff.between(before, after);

        assertThat(diff).hasSize(2 + 2 * 2_100);
        assertThat(diff.get(0)).isEqualTo(same("head"));
        assertThat(diff.subList(1, 2_101)).allMatch(Line::removed);
        assertThat(diff.subList(2_101, 4_201)).allMatch(Line::added);
        assertThat(diff.get(diff.size() - 1)).isEqualTo(same("tail"));
    }

    @Test
    void longBodyWithOneChangedLineThenComparedQuicklyByItsEdges() {
        String before = numbered("line", 20_000);
        String after = before.replace("line 10000\n", "line 10000, edited\n");

        List<Line> diff = LineDiff.between(before, after);

        assertThat(diff.stream().filter(line -> !line.same()))
                .containsExactly(removed("line 10000"), added("line 10000, edited"));
    }

    @Test
    void compactThenLongUnchangedRunsShortenedToTheirContext() {
        List<Line> diff = LineDiff.between(numbered("l", 10), numbered("l", 10).replace("l 5\n", "five\n"));

        assertThat(LineDiff.compact(diff, 2)).containsExactly(
                skipped("2 unchanged lines"), same("l 3"), same("l 4"),
                removed("l 5"), added("five"),
                same("l 6"), same("l 7"), skipped("3 unchanged lines"));
    }

    @Test
    void compactThenShortRunsAndChangesKeptWhole() {
        List<Line> diff = LineDiff.between("a\nb\nc", "a\nB\nc");

        assertThat(LineDiff.compact(diff, 2)).isEqualTo(diff);
        assertThat(LineDiff.compact(LineDiff.between("x\ny", "x\ny"), 2)).containsExactly(skipped("2 unchanged lines"));
    }

    private static String numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i).collect(Collectors.joining("\n"));
    }

    private static Line same(String text) {
        return new Line(Kind.SAME, text);
    }

    private static Line removed(String text) {
        return new Line(Kind.REMOVED, text);
    }

    private static Line added(String text) {
        return new Line(Kind.ADDED, text);
    }

    private static Line skipped(String text) {
        return new Line(Kind.SKIPPED, text);
    }
}
