package dk.tilsyn.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import dk.tilsyn.lang.ConceptFiles;

/**
 * {@code tilsyn validate PATH…}: parses, links and checks concept files (folders are searched
 * for *.tilsyn) and the files they import, one line per diagnostic:
 * {@code file:line:col: error|warning: CODE: message} ({@link ConceptFiles}).
 */
final class ValidateCommand {
	private final PrintStream err;

	ValidateCommand(PrintStream err) {
		this.err = err;
	}

	int run(List<String> args) {
		Options.noMoreOptions(args);
		if (args.isEmpty()) {
			throw new UsageException(Messages.validateUsage);
		}
		ConceptFiles.Checked checked = ConceptFiles.check(args);
		int errors = 0;
		int warnings = 0;
		for (int i = 0; i < checked.files().size(); i++) {
			for (Issue issue : checked.issues().get(i)) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else {
					warnings++;
				}
				err.println(ConceptFiles.format(checked.files().get(i), issue));
			}
		}
		err.println(NLS.bind(Messages.validateSummary, new Object[] { Text.count(checked.files().size(), Messages.files),
				Text.count(errors, Messages.errors), Text.count(warnings, Messages.warnings) }));
		return errors > 0 ? Cli.INPUT_ERRORS : Cli.OK;
	}
}
