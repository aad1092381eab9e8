package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.inject.Inject;
import com.google.inject.Provider;

import dk.tilsyn.lang.json.ConceptJson;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.ConceptPackage;

/**
 * `tilsyn export` writes the whole concept: the JSON of the reference concept, read back into
 * a model by a reader that knows only the language's metamodel, equals the parsed concept in
 * every feature.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class ConceptJsonTest {
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	@Test
	void theExportedJsonReadBackEqualsTheWholeConcept() throws Exception {
		for (String file : new String[] { "lovgrundlag.tilsyn", "kk2018.tilsyn" }) {
			Files.writeString(folder.resolve(file), ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/" + file));
		}
		XtextResourceSet resources = resourceSets.get();
		Resource resource = resources.getResource(URI.createFileURI(folder.resolve("kk2018.tilsyn").toString()), true);
		EcoreUtil.resolveAll(resources);
		Concept concept = (Concept) resource.getContents().get(0);
		Concept library = (Concept) resources.getResources().stream()
				.filter(r -> r.getURI().lastSegment().equals("lovgrundlag.tilsyn")).findFirst().orElseThrow()
				.getContents().get(0);
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		ConceptJson.write(concept, json);

		Object tree;
		try (JsonParser parser = new JsonFactory().createParser(json.toByteArray())) {
			parser.nextToken();
			tree = value(parser);
		}
		List<Runnable> links = new ArrayList<>();
		List<EObject> built = new ArrayList<>();
		EObject readBack = build(tree, links, built);
		library.eAllContents().forEachRemaining(built::add); // references into the library name its elements
		links.forEach(Runnable::run);
		assertTrue(EcoreUtil.equals(concept, readBack), "the JSON holds every feature of the concept");
		assertEquals(79, ((Concept) readBack).getStages().stream().mapToInt(s -> s.getQuestions().size()).sum());
	}

	/** A JSON value as maps, lists, strings, numbers and booleans. */
	private static Object value(JsonParser parser) throws Exception {
		JsonToken token = parser.currentToken();
		switch (token) {
		case START_OBJECT -> {
			Map<String, Object> object = new LinkedHashMap<>();
			while (parser.nextToken() != JsonToken.END_OBJECT) {
				String name = parser.currentName();
				parser.nextToken();
				object.put(name, value(parser));
			}
			return object;
		}
		case START_ARRAY -> {
			List<Object> array = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				array.add(value(parser));
			}
			return array;
		}
		case VALUE_NUMBER_INT -> {
			return parser.getIntValue();
		}
		case VALUE_TRUE, VALUE_FALSE -> {
			return parser.getBooleanValue();
		}
		default -> {
			return parser.getText();
		}
		}
	}

	/** The element a JSON object describes; references are linked by name once all are built. */
	@SuppressWarnings("unchecked")
	private static EObject build(Object json, List<Runnable> links, List<EObject> built) {
		Map<String, Object> object = (Map<String, Object>) json;
		EClass type = (EClass) ConceptPackage.eINSTANCE.getEClassifier((String) object.get("type"));
		assertNotNull(type, () -> "type " + object.get("type"));
		EObject element = EcoreUtil.create(type);
		built.add(element);
		for (Map.Entry<String, Object> entry : object.entrySet()) {
			if (entry.getKey().equals("type")) {
				continue;
			}
			EStructuralFeature feature = type.getEStructuralFeature(entry.getKey());
			assertNotNull(feature, () -> type.getName() + "." + entry.getKey());
			List<Object> values = feature.isMany() ? (List<Object>) entry.getValue() : List.of(entry.getValue());
			for (Object value : values) {
				if (feature instanceof EReference reference && reference.isContainment()) {
					set(element, feature, build(value, links, built));
				} else if (feature instanceof EReference reference) {
					links.add(() -> set(element, feature, named(built, reference.getEReferenceType(), (String) value)));
				} else {
					EAttribute attribute = (EAttribute) feature;
					set(element, feature, value instanceof String s
							? EcoreUtil.createFromString(attribute.getEAttributeType(), s)
							: value);
				}
			}
		}
		return element;
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject element, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			((List<Object>) element.eGet(feature)).add(value);
		} else {
			element.eSet(feature, value);
		}
	}

	private static EObject named(List<EObject> elements, EClass type, String name) {
		for (EObject element : elements) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
			if (type.isSuperTypeOf(element.eClass()) && feature != null && name.equals(element.eGet(feature))) {
				return element;
			}
		}
		throw new AssertionError("no " + type.getName() + " named " + name);
	}
}
