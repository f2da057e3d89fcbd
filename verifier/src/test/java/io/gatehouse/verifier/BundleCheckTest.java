package io.gatehouse.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundleCheckTest {

    private final Bundles bundles = new Bundles();

    @TempDir
    Path dir;

    @Test
    void a_clean_bundle_is_intact_and_exits_zero() throws Exception {
        Run run = verify(bundles.bundle(10, 4));
        assertThat(run.code).isZero();
        assertThat(run.out).startsWith("intact: 9 events (positions 1 to 10)")
                .contains("checkpoint at position 10").contains(bundles.key.fingerprint());
    }

    @Test
    void an_empty_period_is_a_valid_bundle_of_zero_events() throws Exception {
        Run run = verify(bundles.bundle(0));
        assertThat(run.code).isZero();
        assertThat(run.out).startsWith("intact: 0 events");
    }

    @Test
    void a_changed_payload_byte_is_named_at_its_position() throws Exception {
        String json = bundles.bundle(10);
        String payload = Base64.getEncoder().encodeToString("{\"n\":6}".getBytes(StandardCharsets.UTF_8));
        String changed = Base64.getEncoder().encodeToString("{\"n\":7}".getBytes(StandardCharsets.UTF_8));
        Run run = verify(json.replace(payload, changed));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("first bad position position 6: changed");
    }

    @Test
    void an_event_missing_from_the_store_is_named_removed() throws Exception {
        List<ChainCheck.Entry> entries = new ArrayList<>(bundles.chain(10));
        ChainCheck.Entry gone = entries.get(4);
        entries.set(4, new ChainCheck.Entry(gone.position(), null, gone.rowHash(), gone.link()));
        Run run = verify(bundles.write(entries, null));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("position 5: removed");
    }

    @Test
    void an_entry_cut_out_of_the_file_breaks_the_chain_at_the_next_position() throws Exception {
        List<ChainCheck.Entry> entries = new ArrayList<>(bundles.chain(10));
        entries.remove(4);
        Run run = verify(bundles.write(entries, null));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("position 6: chain record altered").contains("position 4");
    }

    @Test
    void an_event_stored_where_none_was_sealed_is_named_inserted() throws Exception {
        List<ChainCheck.Entry> entries = new ArrayList<>(bundles.chain(10, 5));
        entries.add(4, new ChainCheck.Entry(5, Bundles.event(5), null, null));
        Run run = verify(bundles.write(entries, null));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("position 5: inserted");
    }

    @Test
    void two_swapped_events_are_named_reordered_at_the_first() throws Exception {
        List<ChainCheck.Entry> entries = new ArrayList<>(bundles.chain(10));
        ChainCheck.Entry a = entries.get(2);
        ChainCheck.Entry b = entries.get(7);
        entries.set(2, new ChainCheck.Entry(3, b.event().at(3), a.rowHash(), a.link()));
        entries.set(7, new ChainCheck.Entry(8, a.event().at(8), b.rowHash(), b.link()));
        Run run = verify(bundles.write(entries, null));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("position 3: reordered").contains("sealed at position 8");
    }

    @Test
    void events_rewritten_with_their_links_are_caught_at_the_signed_checkpoint() throws Exception {
        List<ChainCheck.Entry> honest = bundles.chain(10);
        List<ChainCheck.Entry> forged = new ArrayList<>(honest.subList(0, 5));
        byte[] link = forged.get(4).link();
        for (ChainCheck.Entry e : honest.subList(5, 10)) {
            StoredEvent changed = new StoredEvent(e.position(), e.event().eventIdentifier(), e.event().aggregateIdentifier(),
                    e.event().sequenceNumber(), e.event().type(), e.event().timeStamp(), e.event().payloadType(),
                    e.event().payloadRevision(), "{\"forged\":true}".getBytes(StandardCharsets.UTF_8), e.event().metaData());
            byte[] rowHash = Chain.rowHash(changed);
            link = Chain.link(link, rowHash);
            forged.add(new ChainCheck.Entry(e.position(), changed, rowHash, link));
        }
        // the checkpoint is the honest one (the forger cannot sign); write() signs what it is given, so build by hand
        String honestJson = bundles.write(honest, null);
        String forgedJson = bundles.write(forged, null);
        String honestCheckpoint = honestJson.substring(honestJson.indexOf("\"checkpoints\""), honestJson.indexOf("\"unsealed\""));
        String forgedCheckpoint = forgedJson.substring(forgedJson.indexOf("\"checkpoints\""), forgedJson.indexOf("\"unsealed\""));
        Run run = verify(forgedJson.replace(forgedCheckpoint, honestCheckpoint));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("position 10: checkpoint does not match");
    }

    @Test
    void a_bundle_signed_with_another_key_fails_when_the_key_is_pinned() throws Exception {
        String json = bundles.bundle(3);
        Run trusting = verify(json);
        assertThat(trusting.code).isZero();
        Run pinned = verify(json, "--public-key", new Bundles().key.spkiBase64());
        assertThat(pinned.code).isEqualTo(1);
        assertThat(pinned.out).contains("not trusted");
    }

    @Test
    void an_altered_header_fails_the_bundle_signature() throws Exception {
        Run run = verify(bundles.bundle(3).replace("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"));
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("signature does not verify");
    }

    @Test
    void unreadable_files_get_a_clear_message_and_exit_two() throws Exception {
        assertThat(verify("not json at all").err).contains("malformed JSON");
        assertThat(verify("{\"format\":\"something else\"}").err).contains("not a bundle");
        assertThat(verify("{\"format\":\"gatehouse-export-1\"}").code).isEqualTo(2);
        Run missing = run(dir.resolve("missing.json").toString());
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains("no such file");
        assertThat(run().code).isEqualTo(2);
    }

    @Test
    void the_reader_reads_back_what_the_writer_wrote() throws Exception {
        Bundle bundle = BundleReader.read(new ByteArrayInputStream(bundles.bundle(5).getBytes(StandardCharsets.UTF_8)));
        assertThat(bundle.entries()).hasSize(5);
        assertThat(bundle.entries().get(2).event().payload()).isEqualTo(Bundles.event(3).payload());
        assertThat(bundle.checkpoints()).singleElement().satisfies(c -> assertThat(c.position()).isEqualTo(5));
    }

    private Run verify(String json, String... options) throws Exception {
        Path file = Files.createTempFile(dir, "bundle", ".json");
        Files.writeString(file, json);
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = file.toString();
        return run(args);
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
