package dk.tilsyn.lang.ide.contentassist;

import java.util.Collection;

import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;

import dk.tilsyn.lang.ide.contentassist.antlr.TilsynParser;
import dk.tilsyn.lang.parser.NestingLimits;

/**
 * Content assist's parser behind the same limits as the language's parser (NestingLimits):
 * it descends into the text before the cursor just as deeply, so it sees that text with what
 * lies beyond the limits blanked (offsets unchanged).
 */
public class BoundedContentAssistParser extends TilsynParser {

	@Override
	public Collection<FollowElement> getFollowElements(String input, boolean strict) {
		return super.getFollowElements(NestingLimits.scan(input).text(), strict);
	}
}
