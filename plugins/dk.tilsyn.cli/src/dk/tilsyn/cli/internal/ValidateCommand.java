package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dk.tilsyn.lang.ConceptFiles;
import dk.tilsyn.lang.TilsynStandaloneSetup;
import dk.tilsyn.lang.validation.IssueCodes;

/**
 * {@code tilsyn validate PATH…}: parses, links and checks concept files (folders are searched
 * for *.tilsyn) and the files they import, one line per diagnostic:
 * {@code file:line:col: error|warning: CODE: message}.
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
		Checked checked = check(args);
		int errors = 0;
		int warnings = 0;
		for (int i = 0; i < checked.files().size(); i++) {
			for (Issue issue : checked.issues().get(i)) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else {
					warnings++;
				}
				err.println(format(checked.files().get(i), issue));
			}
		}
		err.println(NLS.bind(Messages.validateSummary, new Object[] { Text.count(checked.files().size(), Messages.files),
				Text.count(errors, Messages.errors), Text.count(warnings, Messages.warnings) }));
		return errors > 0 ? Cli.INPUT_ERRORS : Cli.OK;
	}

	/** Concept files with their resources and their errors and warnings, in the same order. */
	record Checked(List<Path> files, List<Resource> resources, List<List<Issue>> issues) {
		boolean hasErrors() {
			return issues.stream().flatMap(List::stream).anyMatch(i -> i.getSeverity() == Severity.ERROR);
		}
	}

	/**
	 * Parses, links and checks the files (folders are searched for *.tilsyn) and every file they
	 * import, which follow the given ones. A path that is no concept file or folder of them is a
	 * usage error: nothing is opened that is not a regular *.tilsyn file.
	 */
	static Checked check(List<String> args) {
		List<Path> files = new ArrayList<>();
		for (String arg : args) {
			Path path = Path.of(arg);
			if (Files.isDirectory(path)) {
				files.addAll(conceptFilesIn(path));
			} else if (Files.isRegularFile(path) && path.toString().endsWith(".tilsyn")) {
				if (!Files.isReadable(path)) {
					throw new UsageException(NLS.bind(Messages.cannotRead, arg, "-"));
				}
				files.add(path);
			} else if (Files.exists(path)) { // notes.txt, a pipe, a device
				throw new UsageException(NLS.bind(Messages.noConceptFiles, arg));
			} else {
				throw new UsageException(NLS.bind(Messages.noSuchFile, arg));
			}
		}
		if (files.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.noConceptFiles, String.join(" ", args)));
		}
		Injector injector = new TilsynStandaloneSetup().createInjectorAndDoEMFRegistration();
		ConceptFiles.Checked checked = ConceptFiles.check(injector, files);
		return new Checked(checked.files(), checked.resources(), checked.issues());
	}

	/**
	 * The readable regular *.tilsyn files under a folder, sorted; links are not followed and
	 * what cannot be read is passed over (a folder like /proc is walked without failing).
	 */
	private static List<Path> conceptFilesIn(Path folder) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && file.toString().endsWith(".tilsyn") && Files.isReadable(file)) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) {
					return FileVisitResult.CONTINUE; // a folder that could be read only in part
				}
			});
		} catch (IOException | UncheckedIOException | SecurityException e) {
			throw new UsageException(NLS.bind(Messages.cannotRead, folder, e.getMessage()));
		}
		found.sort(null);
		return found;
	}

	static String format(Path file, Issue issue) {
		String code = issue.getCode() == null ? "" : issue.getCode().replace(IssueCodes.PREFIX, "");
		String severity = issue.getSeverity() == Severity.ERROR ? "error" : "warning";
		return "%s:%d:%d: %s: %s: %s".formatted(file, nonNull(issue.getLineNumber()), nonNull(issue.getColumn()),
				severity, code, issue.getMessage().replace('\n', ' '));
	}

	private static int nonNull(Integer value) {
		return value == null ? 1 : value;
	}
}
