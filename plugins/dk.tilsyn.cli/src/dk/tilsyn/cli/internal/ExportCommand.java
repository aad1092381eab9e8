package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.Issue;

import dk.tilsyn.lang.json.ConceptJson;

/**
 * {@code tilsyn export FILE [--out FILE]}: a concept (or library) as JSON for other tools, on
 * stdout or into a file. A concept with errors is not exported.
 */
final class ExportCommand {
	private final PrintStream out;
	private final PrintStream err;

	ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		String target = Options.take(args, "--out");
		Options.noMoreOptions(args);
		if (args.size() != 1 || !args.get(0).endsWith(".tilsyn")) {
			throw new UsageException(Messages.exportUsage);
		}
		ValidateCommand.Checked checked = ValidateCommand.check(args);
		if (checked.hasErrors()) {
			for (Issue issue : checked.issues().get(0)) {
				err.println(ValidateCommand.format(checked.files().get(0), issue));
			}
			err.println(NLS.bind(Messages.notExported, args.get(0)));
			return Cli.INPUT_ERRORS;
		}
		try {
			if (target == null) {
				ConceptJson.write(checked.resources().get(0).getContents().get(0), new NonClosing(out));
				out.println();
			} else {
				Path tmp = Path.of(target + ".tmp");
				try (OutputStream file = Files.newOutputStream(tmp)) {
					ConceptJson.write(checked.resources().get(0).getContents().get(0), file);
				}
				Files.move(tmp, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				err.println(NLS.bind(Messages.exported, target));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Cli.OK;
	}

	/** Keeps stdout open when the JSON writer closes its stream. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
