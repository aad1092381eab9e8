package dk.tilsyn.lang;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.SimpleNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;

import com.google.inject.Binder;

import dk.tilsyn.lang.documentation.TilsynDocumentationProvider;
import dk.tilsyn.lang.formatting2.TilsynFormatter;
import dk.tilsyn.lang.parser.BoundedTilsynParser;
import dk.tilsyn.lang.resource.TilsynResource;
import dk.tilsyn.lang.scoping.TilsynImportUriResolver;
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

	public Class<? extends IFormatter2> bindIFormatter2() {
		return TilsynFormatter.class;
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return TilsynDocumentationProvider.class;
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

	/** The generated parser behind the limits of a condition's size (NestingLimits). */
	@Override
	public Class<? extends IParser> bindIParser() {
		return BoundedTilsynParser.class;
	}

	public Class<? extends XtextResource> bindXtextResource() {
		return TilsynResource.class;
	}

	/** Imports that ImportPolicy refuses are never loaded. */
	public Class<? extends ImportUriResolver> bindImportUriResolver() {
		return TilsynImportUriResolver.class;
	}
}
