package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter and the serializer on the reference concept and its library. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class FormattingAndSerializationTest {
	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private IFormatter2 formatter;
	@Inject
	private TextRegionAccessBuilder regionAccess;
	@Inject
	private ISerializer serializer;

	@TempDir
	Path folder;

	private XtextResource load(String file, String text) throws Exception {
		Files.writeString(folder.resolve("lovgrundlag.tilsyn"),
				ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/lovgrundlag.tilsyn"));
		Files.writeString(folder.resolve(file), text);
		XtextResourceSet resources = resourceSets.get();
		Resource resource = resources.getResource(URI.createFileURI(folder.resolve(file).toString()), true);
		EcoreUtil.resolveAll(resources);
		return (XtextResource) resource;
	}

	private String format(XtextResource resource) {
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regionAccess.forNodeModel(resource).create());
		List<ITextReplacement> replacements = formatter.format(request);
		return request.getTextRegionAccess().getRewriter().renderToString(replacements);
	}

	private static String reference(String file) throws Exception {
		return ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/" + file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kk2018.tilsyn", "lovgrundlag.tilsyn" })
	void formattingIsIdempotentAndKeepsTheModel(String file) throws Exception {
		XtextResource original = load(file, reference(file));
		String once = format(original);
		XtextResource formatted = load(file, once);
		assertTrue(formatted.getErrors().isEmpty(), () -> formatted.getErrors().toString());
		assertEquals(once, format(formatted), "formatting a formatted concept changes nothing");
		assertTrue(EcoreUtil.equals(original.getContents().get(0), formatted.getContents().get(0)),
				"the formatted text means the same");
	}

	@Test
	void theReferenceConceptIsKeptFormatted() throws Exception {
		for (String file : new String[] { "kk2018.tilsyn", "lovgrundlag.tilsyn" }) {
			String formatted = format(load(file, reference(file)));
			if (!formatted.equals(reference(file))) { // for the maintainer: the file as it should be
				Path out = Path.of(System.getProperty("tilsyn.test.output", "target"), "formatted", file);
				Files.createDirectories(out.getParent());
				Files.writeString(out, formatted);
			}
			assertEquals(reference(file), formatted, file + " is as the formatter writes it");
		}
	}

	@Test
	void aMessyConceptIsLaidOut() throws Exception {
		String messy = "koncept k \"K\"\nimporter \"lovgrundlag.tilsyn\" sagstrin s \"S\" { spørgsmål q1 \"Et?\" "
				+ "tema inddragelse spørgsmål q2 \"To?\" hvis q1 = nej }";
		String tidy = format(load("k.tilsyn", messy));
		assertNotEquals(messy, tidy);
		assertTrue(tidy.contains("\n\tspørgsmål q1 \"Et?\"\n\t\ttema inddragelse\n\tspørgsmål q2 \"To?\"\n\t\thvis q1 = nej\n}"), tidy);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kk2018.tilsyn", "lovgrundlag.tilsyn" })
	void serializingAndParsingAgainGivesAnEqualModel(String file) throws Exception {
		XtextResource original = load(file, reference(file));
		EObject model = original.getContents().get(0);
		String serialized = serializer.serialize(model);
		XtextResource again = load("again-" + file, serialized);
		assertTrue(again.getErrors().isEmpty(), () -> again.getErrors() + "\n" + serialized);
		assertTrue(EcoreUtil.equals(model, again.getContents().get(0)), "parse → serialize → parse keeps the model");
	}
}
