package dk.tilsyn.lang.ide;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

import dk.tilsyn.lang.ide.contentassist.BoundedContentAssistParser;
import dk.tilsyn.lang.ide.contentassist.TilsynCrossrefProposals;
import dk.tilsyn.lang.ide.highlighting.TilsynSemanticHighlighting;

import dk.tilsyn.lang.ide.quickfix.TilsynQuickfixProvider;

/** The IDE services of the concept language, shared by the language server and the Eclipse editor. */
public class TilsynIdeModule extends AbstractTilsynIdeModule {

	/**
	 * Editors and the language server only check concepts: a concept plugin is generated on
	 * request (the build, `tilsyn generate`), not into the lawyer's folder on every keystroke.
	 */
	public Class<? extends IGenerator2> bindIGenerator2() {
		return NoGeneration.class;
	}

	public static class NoGeneration extends AbstractGenerator {
		@Override
		public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
			// nothing: see bindIGenerator2
		}
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return TilsynQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return TilsynSemanticHighlighting.class;
	}

	/** The generated content-assist parser behind the limits of a condition's size. */
	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return BoundedContentAssistParser.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return TilsynCrossrefProposals.class;
	}
}
