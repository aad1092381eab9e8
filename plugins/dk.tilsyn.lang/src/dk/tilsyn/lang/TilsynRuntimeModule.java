package dk.tilsyn.lang;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.SimpleNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;

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

	/** Elements are named by their plain ids: lawyers write "underretning_24t", not "lovgrundlag.underretning_24t". */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SimpleNameProvider.class;
	}

	/** A concept sees what it declares and what it imports ("importer"), nothing else. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}
}
