package dk.tilsyn.lang;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import dk.tilsyn.lang.validation.TilsynLinkingDiagnosticMessageProvider;
import dk.tilsyn.lang.validation.TilsynSyntaxErrorMessageProvider;

/** Binds the language's own services in the runtime (no UI) injector. */
public class TilsynRuntimeModule extends AbstractTilsynRuntimeModule {

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return TilsynLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return TilsynSyntaxErrorMessageProvider.class;
	}
}
