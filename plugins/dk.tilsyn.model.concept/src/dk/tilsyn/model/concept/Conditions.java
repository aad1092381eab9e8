package dk.tilsyn.model.concept;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Conditions as a lawyer writes them, for messages and hints (the model has no source text). */
public final class Conditions {

	/**
	 * What to write for a reference that does not resolve (yet). A compiled concept has none;
	 * an editor passes what is written in the text, so that its preview says "u99 = nej".
	 */
	@FunctionalInterface
	public interface UnresolvedNames {
		String of(EObject owner, EReference reference);
	}

	private static final UnresolvedNames UNKNOWN = (owner, reference) -> "?";

	private Conditions() {
	}

	public static String toText(Condition condition) {
		return toText(condition, UNKNOWN);
	}

	public static String toText(Condition condition, UnresolvedNames unresolved) {
		return text(condition, false, unresolved);
	}

	private static String text(Condition c, boolean nested, UnresolvedNames unresolved) {
		if (c == null) {
			return "?";
		}
		String s;
		if (c instanceof Or or) {
			s = text(or.getLeft(), true, unresolved) + " eller " + text(or.getRight(), true, unresolved);
			return nested ? "(" + s + ")" : s;
		}
		if (c instanceof And and) {
			s = text(and.getLeft(), !(and.getLeft() instanceof And), unresolved) + " og "
					+ text(and.getRight(), true, unresolved);
			return nested && !(c.eContainer() instanceof And) ? "(" + s + ")" : s;
		}
		if (c instanceof Not not) {
			return "ikke " + text(not.getOperand(), true, unresolved);
		}
		if (c instanceof AnswerCondition a) {
			String question = name(a, a.getQuestion(), ConceptPackage.Literals.ANSWER_CONDITION__QUESTION, unresolved);
			return question + " " + a.getOp().getLiteral() + " " + value(a.getValue());
		}
		if (c instanceof AgeCondition a) {
			return "alder " + a.getOp().getLiteral() + " " + a.getYears();
		}
		if (c instanceof FlagCondition f) {
			return "flag " + name(f, f.getFlag(), ConceptPackage.Literals.FLAG_CONDITION__FLAG, unresolved);
		}
		if (c instanceof EventCondition e) {
			String event = "hændelse "
					+ name(e, e.getEvent(), ConceptPackage.Literals.EVENT_CONDITION__EVENT, unresolved);
			if (e.getBefore() != null) {
				return event + " før " + e.getBefore().getName();
			}
			return e.getValue() == null ? event : event + " " + e.getOp().getLiteral() + " " + value(e.getValue());
		}
		return "?";
	}

	public static String value(Value value) {
		if (value instanceof YesValue) {
			return "ja";
		}
		if (value instanceof NoValue) {
			return "nej";
		}
		if (value instanceof NotRelevantValue) {
			return "ikke-relevant";
		}
		if (value instanceof NumberLiteral n) {
			return Integer.toString(n.getNumber());
		}
		if (value instanceof TextLiteral t) {
			return '"' + t.getText() + '"';
		}
		return "?";
	}

	private static String name(EObject owner, EObject target, EReference reference, UnresolvedNames unresolved) {
		var feature = target == null ? null : target.eClass().getEStructuralFeature("name");
		Object name = feature == null || target.eIsProxy() ? null : target.eGet(feature);
		return name instanceof String s ? s : unresolved.of(owner, reference);
	}
}
