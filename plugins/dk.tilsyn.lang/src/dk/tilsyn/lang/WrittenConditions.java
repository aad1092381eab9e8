package dk.tilsyn.lang;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dk.tilsyn.model.concept.Condition;

/**
 * A condition's text for the language's messages and the editor's preview: the runtime's
 * {@link dk.tilsyn.model.concept.Conditions}, with an unresolved reference written as it
 * stands in the source ("u99 = nej", not "? = nej").
 */
public final class WrittenConditions {
	private WrittenConditions() {
	}

	public static String toText(Condition condition) {
		return dk.tilsyn.model.concept.Conditions.toText(condition, WrittenConditions::written);
	}

	/** What the source text says where {@code reference} of {@code owner} is written. */
	public static String written(EObject owner, EReference reference) {
		var nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
