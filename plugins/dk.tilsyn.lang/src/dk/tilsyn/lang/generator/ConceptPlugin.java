package dk.tilsyn.lang.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;

import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.files.OutputFolder;

/**
 * A complete concept plugin in a folder: manifest, build properties, the concept's sources and
 * everything the generator makes of them, installable like dk.tilsyn.concept.kk2018. The folder
 * appears whole or not at all, and replaces only what an earlier generation wrote. Shared by
 * {@code tilsyn generate} and the editor's Generate action.
 */
public final class ConceptPlugin {
	private ConceptPlugin() {
	}

	/**
	 * Generates the concept of {@code conceptResource} (checked, without errors) and writes the
	 * plugin to {@code target} through an {@link OutputFolder}: an existing {@code target} is
	 * replaced only when it is empty or an earlier generation; otherwise a
	 * {@link FileSystemException} names the first file that is not the generation's, and nothing
	 * is touched. {@code sources} are the concept's files and the libraries it imports, copied
	 * as they are.
	 */
	public static ConceptNames write(XtextResource conceptResource, Map<String, String> sources, Path target)
			throws IOException {
		try (OutputFolder folder = OutputFolder.prepare(target, "generate", Set.of(), Set.of())) {
			ConceptNames names = writeFiles(conceptResource, sources, folder.staging());
			folder.commit();
			return names;
		} catch (OutputFolder.NotOursException e) {
			throw new FileSystemException(e.getFile(), null,
					e.entry() == null ? Messages.notAFolder : NLS.bind(Messages.notOurs, e.entry()));
		}
	}

	/** Writes the plugin's files into {@code folder}, a new folder that the caller moves into place. */
	public static ConceptNames writeFiles(XtextResource conceptResource, Map<String, String> sources, Path folder)
			throws IOException {
		Concept concept = (Concept) conceptResource.getContents().get(0);
		InMemoryFileSystemAccess generated = new InMemoryFileSystemAccess();
		conceptResource.getResourceServiceProvider().get(TilsynGenerator.class).doGenerate(conceptResource, generated,
				new GeneratorContext());
		ConceptNames names = new ConceptNames(concept.getName());
		for (Map.Entry<String, CharSequence> file : generated.getTextFiles().entrySet()) {
			write(folder.resolve("src-gen").resolve(file.getKey().substring(IFileSystemAccess.DEFAULT_OUTPUT.length())),
					file.getValue().toString());
		}
		for (Map.Entry<String, String> source : sources.entrySet()) {
			write(folder.resolve("concept").resolve(source.getKey()), source.getValue());
		}
		write(folder.resolve("META-INF/MANIFEST.MF"), manifest(names, concept));
		write(folder.resolve("build.properties"), "source.. = src-gen/\nbin.includes = META-INF/,\\\n"
				+ "               .,\\\n               concept/\n");
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
}
