package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import dk.tilsyn.lang.generator.ConceptNames;
import dk.tilsyn.lang.tilsyn.Concept;

/**
 * {@code tilsyn generate CONCEPT_DIR --out DIR}: writes a complete concept plugin (manifest,
 * build properties, the concept sources and everything generated from them) that the review
 * application installs like dk.tilsyn.concept.kk2018. Nothing is written when the concept has
 * errors, and the output folder appears whole or not at all.
 */
final class GenerateCommand {
	private final PrintStream err;

	GenerateCommand(PrintStream err) {
		this.err = err;
	}

	int run(List<String> args) {
		String out = Options.take(args, "--out");
		Options.noMoreOptions(args);
		if (args.size() != 1 || out == null) {
			throw new UsageException(Messages.generateUsage);
		}
		ValidateCommand.Checked checked = ValidateCommand.check(args);
		if (checked.hasErrors()) {
			for (int i = 0; i < checked.files().size(); i++) {
				for (Issue issue : checked.issues().get(i)) {
					err.println(ValidateCommand.format(checked.files().get(i), issue));
				}
			}
			err.println(NLS.bind(Messages.notGenerated, args.get(0)));
			return Cli.INPUT_ERRORS;
		}
		Concept concept = null;
		InMemoryFileSystemAccess generated = new InMemoryFileSystemAccess();
		for (Resource resource : checked.resources()) {
			if (resource.getContents().get(0) instanceof Concept c && !c.isLibrary()) {
				if (concept != null) {
					throw new UsageException(NLS.bind(Messages.oneConceptPerPlugin, concept.getName(), c.getName()));
				}
				concept = c;
				((XtextResource) resource).getResourceServiceProvider().get(IGenerator2.class).doGenerate(resource,
						generated, new GeneratorContext());
			}
		}
		if (concept == null) {
			throw new UsageException(NLS.bind(Messages.noConceptToGenerate, args.get(0)));
		}
		Path target = Path.of(out).toAbsolutePath();
		Path staging = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			delete(staging);
			ConceptNames names = new ConceptNames(concept.getName());
			for (Map.Entry<String, CharSequence> file : generated.getTextFiles().entrySet()) {
				write(staging.resolve("src-gen").resolve(file.getKey().substring(IFileSystemAccess.DEFAULT_OUTPUT.length())),
						file.getValue().toString());
			}
			for (Path source : checked.files()) {
				Files.createDirectories(staging.resolve("concept"));
				Files.copy(source, staging.resolve("concept").resolve(source.getFileName()));
			}
			write(staging.resolve("META-INF/MANIFEST.MF"), manifest(names, concept));
			write(staging.resolve("build.properties"), "source.. = src-gen/\nbin.includes = META-INF/,\\\n"
					+ "               .,\\\n               concept/\n");
			delete(target);
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		err.println(NLS.bind(Messages.generated, names(concept), target));
		return Cli.OK;
	}

	private static String names(Concept concept) {
		return new ConceptNames(concept.getName()).bundleName();
	}

	static String manifest(ConceptNames names, Concept concept) {
		return """
				Manifest-Version: 1.0
				Bundle-ManifestVersion: 2
				Bundle-Name: Tilsyn concept %s
				Bundle-Version: 1.0.0.qualifier
				Bundle-SymbolicName: %s
				Bundle-ActivationPolicy: lazy
				Bundle-RequiredExecutionEnvironment: JavaSE-21
				Require-Bundle: dk.tilsyn.concept;visibility:=reexport
				Service-Component: %s
				Export-Package: %s
				Automatic-Module-Name: %s
				""".formatted(concept.getName(), names.bundleName(), names.componentFile(), names.javaPackage(),
				names.bundleName());
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static void delete(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> all = Files.walk(folder)) {
				for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}
}
