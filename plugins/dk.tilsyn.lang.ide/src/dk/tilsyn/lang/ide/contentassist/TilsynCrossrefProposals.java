package dk.tilsyn.lang.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * A proposed id shows what it stands for: a question's text, an event's, stage's or rule's
 * title (instead of the element's type), so that "u01" is picked knowing it is "Er 24 timers
 * frist overholdt?".
 */
public class TilsynCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			EObject element = candidate.getEObjectOrProxy();
			if (element.eIsProxy()) {
				element = org.eclipse.emf.ecore.util.EcoreUtil.resolve(element, context.getResource());
			}
			String words = words(element);
			if (words != null) {
				entry.setDescription(words);
			}
		}
		return entry;
	}

	private static String words(EObject element) {
		for (String name : new String[] { "text", "title" }) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature != null && element.eGet(feature) instanceof String s && !s.isBlank()) {
				return s;
			}
		}
		return null;
	}
}
