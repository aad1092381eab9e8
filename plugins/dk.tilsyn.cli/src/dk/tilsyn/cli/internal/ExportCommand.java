package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.Issue;

import dk.tilsyn.lang.ConceptFiles;
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
			throw UsageException.usage(Messages.exportUsage);
		}
		// checked before the work: a folder, a missing folder or the concept itself is refused
		try (OutputFile file = target == null ? null : OutputFile.prepare(target, "--out", List.of(Path.of(args.get(0))),
				OutputFile.jsonStartingWith("type", "Concept"))) {
			ConceptFiles.Checked checked = ConceptFiles.check(args);
			if (checked.hasErrors()) {
				for (Issue issue : checked.issues().get(0)) {
					err.println(ConceptFiles.format(checked.files().get(0), issue));
				}
				err.println(NLS.bind(Messages.notExported, args.get(0)));
				return Cli.INPUT_ERRORS;
			}
			if (file == null) {
				ConceptJson.write(checked.resources().get(0).getContents().get(0), new NonClosing(out));
				out.println();
			} else {
				try (OutputStream stream = file.stream()) {
					ConceptJson.write(checked.resources().get(0).getContents().get(0), stream);
				}
				file.commit();
				err.println(NLS.bind(Messages.exported, target));
			}
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotWrite, target == null ? "stdout" : target,
					OutputFolder.reason(e)));
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
