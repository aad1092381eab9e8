package dk.tilsyn.lang.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;

import dk.tilsyn.lang.tilsyn.Concept;

/**
 * A complete concept plugin in a folder: manifest, build properties, the concept's sources and
 * everything the generator makes of them, installable like dk.tilsyn.concept.kk2018. The folder
 * appears whole or not at all. Shared by {@code tilsyn generate} and the editor's Generate action.
 */
public final class ConceptPlugin {
	private ConceptPlugin() {
	}

	/**
	 * Generates the concept of {@code conceptResource} (checked, without errors) and writes the
	 * plugin to {@code target}, replacing what was there; {@code sources} are the concept's
	 * files and the libraries it imports, copied as they are.
	 */
	public static ConceptNames write(XtextResource conceptResource, Map<String, String> sources, Path target)
			throws IOException {
		Concept concept = (Concept) conceptResource.getContents().get(0);
		InMemoryFileSystemAccess generated = new InMemoryFileSystemAccess();
		conceptResource.getResourceServiceProvider().get(TilsynGenerator.class).doGenerate(conceptResource, generated,
				new GeneratorContext());
		ConceptNames names = new ConceptNames(concept.getName());
		Path staging = target.resolveSibling(target.getFileName() + ".tmp");
		delete(staging);
		for (Map.Entry<String, CharSequence> file : generated.getTextFiles().entrySet()) {
			write(staging.resolve("src-gen").resolve(file.getKey().substring(IFileSystemAccess.DEFAULT_OUTPUT.length())),
					file.getValue().toString());
		}
		for (Map.Entry<String, String> source : sources.entrySet()) {
			write(staging.resolve("concept").resolve(source.getKey()), source.getValue());
		}
		write(staging.resolve("META-INF/MANIFEST.MF"), manifest(names, concept));
		write(staging.resolve("build.properties"), "source.. = src-gen/\nbin.includes = META-INF/,\\\n"
				+ "               .,\\\n               concept/\n");
		delete(target);
		Files.createDirectories(target.getParent());
		Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		return names;
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
