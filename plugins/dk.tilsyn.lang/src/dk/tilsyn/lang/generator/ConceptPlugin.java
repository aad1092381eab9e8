package dk.tilsyn.lang.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;

import dk.tilsyn.lang.tilsyn.Concept;

/**
 * A complete concept plugin in a folder: manifest, build properties, the concept's sources and
 * everything the generator makes of them, installable like dk.tilsyn.concept.kk2018. The folder
 * appears whole or not at all, and replaces only what an earlier generation wrote. Shared by {@code tilsyn generate} and the editor's Generate action.
 */
public final class ConceptPlugin {
	private ConceptPlugin() {
	}

	/** Lists what a generation wrote, so that the next one replaces that and nothing else. */
	public static final String OUTPUT_LIST = ".tilsyn-output";
	private static final String OUTPUT_HEADER = "tilsyn generate";

	/**
	 * Generates the concept of {@code conceptResource} (checked, without errors) and writes the
	 * plugin to {@code target}; {@code sources} are the concept's files and the libraries it
	 * imports, copied as they are. An existing {@code target} is replaced only when it is empty
	 * or holds nothing but what an earlier generation listed in {@value #OUTPUT_LIST}; otherwise
	 * a {@link FileSystemException} names the first file that is not the generation's, and
	 * nothing is touched.
	 */
	public static ConceptNames write(XtextResource conceptResource, Map<String, String> sources, Path target)
			throws IOException {
		Concept concept = (Concept) conceptResource.getContents().get(0);
		InMemoryFileSystemAccess generated = new InMemoryFileSystemAccess();
		conceptResource.getResourceServiceProvider().get(TilsynGenerator.class).doGenerate(conceptResource, generated,
				new GeneratorContext());
		ConceptNames names = new ConceptNames(concept.getName());
		Map<String, String> files = new TreeMap<>();
		for (Map.Entry<String, CharSequence> file : generated.getTextFiles().entrySet()) {
			files.put("src-gen/" + file.getKey().substring(IFileSystemAccess.DEFAULT_OUTPUT.length()),
					file.getValue().toString());
		}
		for (Map.Entry<String, String> source : sources.entrySet()) {
			files.put("concept/" + source.getKey(), source.getValue());
		}
		files.put("META-INF/MANIFEST.MF", manifest(names, concept));
		files.put("build.properties", "source.. = src-gen/\nbin.includes = META-INF/,\\\n"
				+ "               .,\\\n               concept/\n");
		files.put(OUTPUT_LIST, OUTPUT_HEADER + "\n" + String.join("\n", files.keySet()) + "\n");

		target = target.toAbsolutePath().normalize();
		checkOurs(target);
		Files.createDirectories(target.getParent());
		// A new hidden sibling: the result appears whole or not at all, and no folder of the
		// user's is taken for a staging folder.
		Path work = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tilsyn-");
		try {
			Path staging = work.resolve("new");
			for (Map.Entry<String, String> file : files.entrySet()) {
				write(staging.resolve(file.getKey()), file.getValue());
			}
			if (Files.exists(target)) {
				checkOurs(target); // again: it may have changed while we worked
				Path old = work.resolve("old");
				Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
				try {
					Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				} catch (IOException e) {
					Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
					throw e;
				}
			} else {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
		} finally {
			delete(work); // the staging folder and the replaced generation: both ours
		}
		return names;
	}

	/** Refuses a {@code target} that holds anything an earlier generation did not list. */
	private static void checkOurs(Path target) throws IOException {
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileSystemException(target.toString(), null, Messages.notAFolder);
		}
		Set<String> ours = new HashSet<>();
		Path list = target.resolve(OUTPUT_LIST);
		if (Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
			List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
			if (!lines.isEmpty() && lines.get(0).equals(OUTPUT_HEADER)) {
				ours.add(OUTPUT_LIST);
				ours.addAll(lines.subList(1, lines.size()));
			}
		}
		for (String file : List.copyOf(ours)) { // the folders that hold our files are ours too
			for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
				ours.add(file.substring(0, slash));
			}
		}
		try (Stream<Path> all = Files.walk(target)) {
			for (Path p : all.filter(p -> !p.equals(target)).sorted().toList()) {
				String entry = target.relativize(p).toString().replace('\\', '/');
				if (!ours.contains(entry)) {
					throw new FileSystemException(target.toString(), null, NLS.bind(Messages.notOurs, entry));
				}
			}
		}
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
		if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			try (Stream<Path> all = Files.walk(folder)) {
				for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}
}
