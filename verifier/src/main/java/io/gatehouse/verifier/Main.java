package io.gatehouse.verifier;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar gatehouse-verifier.jar [--public-key <base64>] <bundle.json>}: prints "intact" and exits 0,
 * or prints the first bad position and exits 1; 2 when the file cannot be read as a bundle or the arguments
 * are wrong.
 */
public final class Main {

    static final int INTACT = 0;
    static final int TAMPERED = 1;
    static final int UNUSABLE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        Ed25519 pinned = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--public-key") && i + 1 < args.length) {
                try {
                    pinned = Ed25519.parse(args[++i]);
                } catch (IllegalArgumentException e) {
                    err.println("error: --public-key: " + e.getMessage());
                    return UNUSABLE;
                }
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                return usage(err);
            }
        }
        if (file == null) {
            return usage(err);
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            err.println("error: no such file: " + file);
            return UNUSABLE;
        }
        Bundle bundle;
        try {
            bundle = BundleReader.read(path);
        } catch (BundleReader.Unreadable e) {
            err.println("error: " + file + ": " + e.getMessage());
            return UNUSABLE;
        }
        BundleCheck.Result result = BundleCheck.check(bundle, pinned);
        out.println(result.summary());
        return result.intact() ? INTACT : TAMPERED;
    }

    private static int usage(PrintStream err) {
        err.println("usage: java -jar gatehouse-verifier.jar [--public-key <base64>] <bundle.json>");
        return UNUSABLE;
    }
}
