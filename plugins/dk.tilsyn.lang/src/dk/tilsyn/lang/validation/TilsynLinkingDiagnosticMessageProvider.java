package dk.tilsyn.lang.validation;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Unresolved references in the user's language, with the code of {@link IssueCodes}. */
public class TilsynLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String kind = TypeNames.of(context.getReference().getEReferenceType());
		return new DiagnosticMessage(NLS.bind(Messages.unresolvedReference, kind, context.getLinkText()),
				Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, context.getLinkText(),
				context.getReference().getEReferenceType().getName());
	}
}
