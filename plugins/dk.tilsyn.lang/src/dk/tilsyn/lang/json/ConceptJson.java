package dk.tilsyn.lang.json;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A concept model as JSON for other tools: every element is an object with its "type" (the
 * model's class name) and its features; contained elements are nested, references are the
 * referenced element's name. Features left at their default are left out.
 */
public final class ConceptJson {
	private static final JsonFactory FACTORY = new JsonFactory();

	private ConceptJson() {
	}

	public static void write(EObject root, OutputStream out) throws IOException {
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			object(root, json);
		}
	}

	private static void object(EObject object, JsonGenerator json) throws IOException {
		json.writeStartObject();
		json.writeStringField("type", object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || !object.eIsSet(feature)) {
				continue;
			}
			json.writeFieldName(feature.getName());
			Object value = object.eGet(feature, false);
			if (feature.isMany()) {
				json.writeStartArray();
				for (Object item : (EList<?>) value) {
					value(feature, item, json);
				}
				json.writeEndArray();
			} else {
				value(feature, value, json);
			}
		}
		json.writeEndObject();
	}

	private static void value(EStructuralFeature feature, Object value, JsonGenerator json) throws IOException {
		if (feature instanceof EReference reference && reference.isContainment()) {
			object((EObject) value, json);
		} else if (feature instanceof EReference) {
			json.writeString(nameOf((EObject) value));
		} else if (value instanceof Integer i) {
			json.writeNumber(i);
		} else if (value instanceof Boolean b) {
			json.writeBoolean(b);
		} else if (feature instanceof EAttribute) {
			json.writeString(String.valueOf(value));
		}
	}

	private static String nameOf(EObject referenced) {
		EStructuralFeature name = referenced.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : referenced.eGet(name);
		return value == null ? "?" : value.toString();
	}
}
