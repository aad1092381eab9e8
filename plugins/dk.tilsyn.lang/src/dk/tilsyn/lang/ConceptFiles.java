package dk.tilsyn.lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * Checking concept files as the command line does: the files given and every file they import
 * (the imports' own errors are reported with the imported file's name, line and column, so a
 * concept is never used on top of a broken library).
 */
public final class ConceptFiles {
	private ConceptFiles() {
	}

	/** The files checked (given ones first, then imported ones), their resources and issues, in one order. */
	public record Checked(List<Path> files, List<Resource> resources, List<List<Issue>> issues) {
		public boolean hasErrors() {
			return issues.stream().flatMap(List::stream).anyMatch(i -> i.getSeverity() == Severity.ERROR);
		}
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

	/** An imported file as the user would name it: relative to the working folder when inside it. */
	private static Path shown(Path file) {
		Path here = Path.of("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file) : file;
	}
}
