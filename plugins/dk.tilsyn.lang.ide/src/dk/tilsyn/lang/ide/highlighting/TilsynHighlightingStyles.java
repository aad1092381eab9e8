package dk.tilsyn.lang.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** The style ids of the concept language's semantic highlighting, beside Xtext's own. */
public interface TilsynHighlightingStyles extends HighlightingStyles {

	/** A law section reference: "SEL § 52, stk. 3, nr. 7". */
	String LAW_SECTION_ID = "tilsyn.lawSection";

	/** A use of a declared id: a question in a condition, an event in a rule, a stage in a quota. */
	String REFERENCE_ID = "tilsyn.reference";

	/** The id a question, stage, rule, event, flag, theme, law or model is declared with. */
	String DECLARATION_ID = DEFINITION_ID;
}
