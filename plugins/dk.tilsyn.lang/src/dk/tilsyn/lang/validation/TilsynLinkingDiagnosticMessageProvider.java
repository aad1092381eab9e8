package dk.tilsyn.lang.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Unresolved references in the user's language, with the code of {@link IssueCodes}. */
public class TilsynLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		return new DiagnosticMessage(NLS.bind(Messages.unresolvedReference,
				new Object[] { TypeNames.none(type), context.getLinkText(), TypeNames.pronoun(type) }),
				Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, context.getLinkText(),
				context.getReference().getEReferenceType().getName());
	}
}
