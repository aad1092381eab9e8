package dk.tilsyn.lang.parser;

import java.util.List;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;

/**
 * The result of parsing a text of which {@link NestingLimits} blanked a part: the refusals to
 * report, and the text as it was (the node model holds the blanked one).
 */
public class BoundedParseResult extends ParseResult {
	private final String originalText;
	private final List<NestingLimits.Refusal> refusals;

	BoundedParseResult(IParseResult parsed, String originalText, List<NestingLimits.Refusal> refusals) {
		super(parsed.getRootASTElement(), parsed.getRootNode(), true);
		this.originalText = originalText;
		this.refusals = List.copyOf(refusals);
	}

	public String originalText() {
		return originalText;
	}

	public List<NestingLimits.Refusal> refusals() {
		return refusals;
	}
}
