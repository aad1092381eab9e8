package dk.tilsyn.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dk.tilsyn.lang.scoping.ImportPolicy;
import dk.tilsyn.lang.scoping.Imports;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.lang.validation.IssueCodes;

/**
 * Loading and checking concept files, for every tool that reads them from disk (the command
 * line's commands): the files and folders given and every file they import (the imports' own
 * errors are reported with the imported file's name, line and column, so a concept is never
 * used on top of a broken library).
 */
public final class ConceptFiles {
	private ConceptFiles() {
	}

	/** The files checked (given ones first, then imported ones), their resources and issues, in one order. */
	public record Checked(List<Path> files, List<Resource> resources, List<List<Issue>> issues) {
		public boolean hasErrors() {
			return issues.stream().flatMap(List::stream).anyMatch(i -> i.getSeverity() == Severity.ERROR);
		}

		/** The concepts and libraries of the files, in their order. */
		public List<Concept> concepts() {
			return resources.stream().filter(r -> !r.getContents().isEmpty())
					.map(r -> r.getContents().get(0)).filter(Concept.class::isInstance).map(Concept.class::cast)
					.toList();
		}

		/** The concept the files are about: the one that is not a library, else the first library. */
		public Optional<Concept> concept() {
			List<Concept> concepts = concepts();
			return concepts.stream().filter(c -> !c.isLibrary()).findFirst().or(() -> concepts.stream().findFirst());
		}

		/** Every issue (or only the errors) as {@link ConceptFiles#format} writes it, file by file. */
		public List<String> lines(boolean errorsOnly) {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < files.size(); i++) {
				for (Issue issue : issues.get(i)) {
					if (!errorsOnly || issue.getSeverity() == Severity.ERROR) {
						lines.add(format(files.get(i), issue));
					}
				}
			}
			return lines;
		}
	}

	/** A path given that is neither a concept file nor a folder with some; nothing was checked. */
	public static final class PathRefused extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public enum Reason {
			/** there is no such file or folder */
			MISSING,
			/** a file that is no *.tilsyn file (notes.txt, a pipe, a device), or no concept files at all */
			NO_CONCEPT_FILES,
			/** the file or folder cannot be read */
			UNREADABLE
		}

		private final Reason reason;
		private final String path;

		PathRefused(Reason reason, String path, String detail) {
			super(detail);
			this.reason = reason;
			this.path = path;
		}

		public Reason reason() {
			return reason;
		}

		/** The path as given (for NO_CONCEPT_FILES of all paths, all of them). */
		public String path() {
			return path;
		}
	}

	/**
	 * Parses, links and checks the files (folders are searched for *.tilsyn) and every file they
	 * import, which follow the given ones, with a language set up stand-alone.
	 *
	 * @throws PathRefused when a path is no concept file or folder of them, before anything is opened
	 *                     that is not a regular *.tilsyn file
	 */
	public static Checked check(List<String> paths) {
		List<Path> files = find(paths);
		Injector injector = new TilsynStandaloneSetup().createInjectorAndDoEMFRegistration();
		return check(injector, files);
	}

	/** Parses, links and checks the files and the files they import; errors and warnings only. */
	public static Checked check(Injector injector, List<Path> files) {
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		Map<Resource, Path> given = new LinkedHashMap<>();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			given.put(resources.getResource(URI.createFileURI(absolute.toString()), true), file);
		}
		EcoreUtil.resolveAll(resources);
		Map<Resource, Path> checked = new LinkedHashMap<>(given);
		for (Resource resource : given.keySet()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Concept concept) {
				for (Concept imported : Imports.importedConcepts(concept)) {
					Path file = ImportPolicy.file(imported.eResource().getURI());
					if (file != null) {
						checked.putIfAbsent(imported.eResource(), shown(file));
					}
				}
			}
		}
		List<Path> paths = new ArrayList<>();
		List<Resource> loaded = new ArrayList<>();
		List<List<Issue>> issues = new ArrayList<>();
		for (Map.Entry<Resource, Path> entry : checked.entrySet()) {
			if (!(entry.getKey() instanceof XtextResource xtext)) {
				continue;
			}
			paths.add(entry.getValue());
			loaded.add(xtext);
			issues.add(xtext.getResourceServiceProvider().getResourceValidator()
					.validate(xtext, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING)
					.toList());
		}
		return new Checked(paths, loaded, issues);
	}

	/**
	 * The concept files the paths name: *.tilsyn files as given, and the readable regular
	 * *.tilsyn files under a folder, sorted.
	 *
	 * @throws PathRefused for a path that is no concept file or folder, or when there are none
	 */
	public static List<Path> find(List<String> paths) {
		List<Path> files = new ArrayList<>();
		for (String given : paths) {
			Path path = Path.of(given);
			if (Files.isDirectory(path)) {
				files.addAll(conceptFilesIn(path));
			} else if (Files.isRegularFile(path) && path.toString().endsWith(".tilsyn")) {
				if (!Files.isReadable(path)) {
					throw new PathRefused(PathRefused.Reason.UNREADABLE, given, "-");
				}
				files.add(path);
			} else if (Files.exists(path)) { // notes.txt, a pipe, a device
				throw new PathRefused(PathRefused.Reason.NO_CONCEPT_FILES, given, null);
			} else {
				throw new PathRefused(PathRefused.Reason.MISSING, given, null);
			}
		}
		if (files.isEmpty()) {
			throw new PathRefused(PathRefused.Reason.NO_CONCEPT_FILES, String.join(" ", paths), null);
		}
		return files;
	}

	/** {@code file:line:col: error|warning: CODE: message}, on one line. */
	public static String format(Path file, Issue issue) {
		String code = issue.getCode() == null ? "" : issue.getCode().replace(IssueCodes.PREFIX, "");
		String severity = issue.getSeverity() == Severity.ERROR ? "error" : "warning";
		return "%s:%d:%d: %s: %s: %s".formatted(file, nonNull(issue.getLineNumber()), nonNull(issue.getColumn()),
				severity, code, issue.getMessage().replace('\n', ' '));
	}

	private static int nonNull(Integer value) {
		return value == null ? 1 : value;
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
			throw new PathRefused(PathRefused.Reason.UNREADABLE, folder.toString(), e.getMessage());
		}
		found.sort(null);
		return found;
	}

	/** An imported file as the user would name it: relative to the working folder when inside it. */
	private static Path shown(Path file) {
		Path here = Path.of("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file) : file;
	}
}
