package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dk.tilsyn.lang.TilsynStandaloneSetup;
import dk.tilsyn.lang.validation.IssueCodes;

/**
 * {@code tilsyn validate PATH…}: parses, links and checks concept files (folders are searched
 * for *.tilsyn), one line per diagnostic: {@code file:line:col: error|warning: CODE: message}.
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
		err.println(NLS.bind(Messages.validateSummary, new Object[] { checked.files().size(), errors, warnings }));
		return errors > 0 ? Cli.INPUT_ERRORS : Cli.OK;
	}

	/** Concept files with their resources and their errors and warnings, in the same order. */
	record Checked(List<Path> files, List<Resource> resources, List<List<Issue>> issues) {
		boolean hasErrors() {
			return issues.stream().flatMap(List::stream).anyMatch(i -> i.getSeverity() == Severity.ERROR);
		}
	}

	/** Parses, links and checks the files (folders are searched for *.tilsyn). */
	static Checked check(List<String> args) {
		List<Path> files = new ArrayList<>();
		for (String arg : args) {
			Path path = Path.of(arg);
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.walk(path)) {
					found.filter(p -> p.toString().endsWith(".tilsyn")).sorted().forEach(files::add);
				} catch (IOException e) {
					throw new UsageException(NLS.bind(Messages.cannotRead, arg, e.getMessage()));
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				throw new UsageException(NLS.bind(Messages.noSuchFile, arg));
			}
		}
		if (files.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.noConceptFiles, String.join(" ", args)));
		}
		Injector injector = new TilsynStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		List<Resource> loaded = new ArrayList<>();
		for (Path file : files) {
			loaded.add(resources.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true));
		}
		EcoreUtil.resolveAll(resources);
		List<List<Issue>> issues = new ArrayList<>();
		for (Resource resource : loaded) {
			XtextResource xtext = (XtextResource) resource;
			issues.add(xtext.getResourceServiceProvider().getResourceValidator()
					.validate(xtext, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING).toList());
		}
		return new Checked(files, loaded, issues);
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
