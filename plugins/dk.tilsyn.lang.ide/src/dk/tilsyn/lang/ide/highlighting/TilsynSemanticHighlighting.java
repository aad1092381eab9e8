package dk.tilsyn.lang.ide.highlighting;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import dk.tilsyn.model.concept.SectionRef;

/**
 * Highlighting that needs the parse: law sections as one unit, declared ids, and the uses of
 * ids. Keywords, strings and numbers are the lexer's job (the editor colours them as you type).
 */
public class TilsynSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (object instanceof SectionRef) {
			highlightNode(acceptor, NodeModelUtils.findActualNodeFor(object), TilsynHighlightingStyles.LAW_SECTION_ID);
			return true;
		}
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if ("name".equals(attribute.getName()) && object.eIsSet(attribute)) {
				highlightFeature(acceptor, object, attribute, TilsynHighlightingStyles.DECLARATION_ID);
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && object.eIsSet(reference)) {
				highlightFeature(acceptor, object, reference, TilsynHighlightingStyles.REFERENCE_ID);
			}
		}
		return false;
	}
}
