package dk.tilsyn.lang;

import dk.tilsyn.lang.tilsyn.AgeCondition;
import dk.tilsyn.lang.tilsyn.And;
import dk.tilsyn.lang.tilsyn.AnswerCondition;
import dk.tilsyn.lang.tilsyn.Condition;
import dk.tilsyn.lang.tilsyn.EventCondition;
import dk.tilsyn.lang.tilsyn.FlagCondition;
import dk.tilsyn.lang.tilsyn.Not;
import dk.tilsyn.lang.tilsyn.NoValue;
import dk.tilsyn.lang.tilsyn.NotRelevantValue;
import dk.tilsyn.lang.tilsyn.NumberLiteral;
import dk.tilsyn.lang.tilsyn.Or;
import dk.tilsyn.lang.tilsyn.TextLiteral;
import dk.tilsyn.lang.tilsyn.Value;
import dk.tilsyn.lang.tilsyn.YesValue;

/** Conditions as a lawyer writes them, for messages and hints (the model has no source text). */
public final class Conditions {
	private Conditions() {
	}

	public static String toText(Condition condition) {
		return text(condition, false);
	}

	private static String text(Condition c, boolean nested) {
		if (c == null) {
			return "?";
		}
		String s;
		if (c instanceof Or or) {
			s = text(or.getLeft(), true) + " eller " + text(or.getRight(), true);
			return nested ? "(" + s + ")" : s;
		}
		if (c instanceof And and) {
			s = text(and.getLeft(), !(and.getLeft() instanceof And)) + " og " + text(and.getRight(), true);
			return nested && !(c.eContainer() instanceof And) ? "(" + s + ")" : s;
		}
		if (c instanceof Not not) {
			return "ikke " + text(not.getOperand(), true);
		}
		if (c instanceof AnswerCondition a) {
			String question = name(a, a.getQuestion(), dk.tilsyn.lang.tilsyn.TilsynPackage.Literals.ANSWER_CONDITION__QUESTION);
			return question + " " + a.getOp().getLiteral() + " " + value(a.getValue());
		}
		if (c instanceof AgeCondition a) {
			return "alder " + a.getOp().getLiteral() + " " + a.getYears();
		}
		if (c instanceof FlagCondition f) {
			return "flag " + name(f, f.getFlag(), dk.tilsyn.lang.tilsyn.TilsynPackage.Literals.FLAG_CONDITION__FLAG);
		}
		if (c instanceof EventCondition e) {
			String event = "hændelse " + name(e, e.getEvent(), dk.tilsyn.lang.tilsyn.TilsynPackage.Literals.EVENT_CONDITION__EVENT);
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

	/**
	 * The referenced element's name; for a reference that does not resolve (yet), what is
	 * written in the text, so that the editor's preview says "u99 = nej", not "null = nej".
	 */
	private static String name(org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EObject target,
			org.eclipse.emf.ecore.EReference reference) {
		var feature = target == null ? null : target.eClass().getEStructuralFeature("name");
		Object name = feature == null || target.eIsProxy() ? null : target.eGet(feature);
		if (name instanceof String s) {
			return s;
		}
		var nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(owner, reference);
		return nodes.isEmpty() ? "?" : org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(nodes.get(0));
	}
}
