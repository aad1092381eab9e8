package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import dk.tilsyn.lang.generator.ConceptPlugin;
import dk.tilsyn.model.concept.Concept;

/**
 * The concept plugin folder, as Studio's Generate writes it into a project: it replaces only
 * what an earlier generation wrote, and never a file of the user's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class ConceptPluginTest {
	private static final String CONCEPT = """
			koncept demo_x "Demo"
			sagstrin a "A" {
				spørgsmål a1 "Et?"
			}
			""";

	@TempDir
	Path folder;

	@Inject
	private ParseHelper<Concept> parseHelper;

	private void write(Path target) throws Exception {
		XtextResource resource = (XtextResource) parseHelper.parse(CONCEPT).eResource();
		ConceptPlugin.write(resource, Map.of("demo_x.tilsyn", CONCEPT), target);
	}

	@Test
	void anEarlierGenerationIsReplaced() throws Exception {
		Path target = folder.resolve("generated/dk.tilsyn.concept.demo_x");
		write(target);
		// a file the generation wrote, changed since: still the generation's to replace
		Files.writeString(target.resolve("build.properties"), "edited");
		write(target);
		assertTrue(Files.readString(target.resolve("build.properties")).startsWith("source.. = src-gen/"));
		assertEquals(List.of(), leftovers(), "no staging folder is left behind");
	}

	@Test
	void aFolderWithTheUsersFileIsRefusedAndLeftAlone() throws Exception {
		Path target = folder.resolve("generated/dk.tilsyn.concept.demo_x");
		Files.createDirectories(target);
		Path notes = Files.writeString(target.resolve("noter.txt"), "mine");
		IOException e = assertThrows(IOException.class, () -> write(target));
		assertTrue(e.getMessage().contains("noter.txt"), e.getMessage());
		assertEquals("mine", Files.readString(notes));
		assertEquals(List.of(), leftovers());
	}

	@Test
	void theUsersFileAddedToAnEarlierGenerationIsKept() throws Exception {
		Path target = folder.resolve("generated/dk.tilsyn.concept.demo_x");
		write(target);
		Path notes = Files.writeString(target.resolve("concept/noter.txt"), "mine");
		assertThrows(IOException.class, () -> write(target));
		assertEquals("mine", Files.readString(notes));
	}

	@Test
	void aSiblingNamedLikeTheOldStagingFolderIsLeftAlone() throws Exception {
		Path target = folder.resolve("generated/dk.tilsyn.concept.demo_x");
		Path sibling = Files.createDirectories(folder.resolve("generated/dk.tilsyn.concept.demo_x.tmp"));
		Path kept = Files.writeString(sibling.resolve("vigtigt.txt"), "mine");
		write(target);
		assertEquals("mine", Files.readString(kept));
	}

	private List<String> leftovers() throws IOException {
		Path generated = folder.resolve("generated");
		if (!Files.exists(generated)) {
			return List.of();
		}
		try (Stream<Path> all = Files.list(generated)) {
			return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
		}
	}
}
