package dk.tilsyn.store.tests;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** A record of the review model as text with every feature, contained objects included: whole-record comparisons. */
final class Records {
	private Records() {
	}

	static String describe(EObject object) {
		if (object == null) {
			return "null";
		}
		StringBuilder text = new StringBuilder(object.eClass().getName()).append('{');
		String separator = "";
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			text.append(separator).append(feature.getName()).append('=');
			separator = ", ";
			Object value = object.eGet(feature);
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (value instanceof List<?> list) {
					text.append('[');
					String inner = "";
					for (Object element : list) {
						text.append(inner).append(describe((EObject) element));
						inner = ", ";
					}
					text.append(']');
				} else {
					text.append(describe((EObject) value));
				}
			} else {
				text.append(value);
			}
		}
		return text.append('}').toString();
	}
}
