package dk.tilsyn.lang.parser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.ReplaceRegion;

import dk.tilsyn.lang.parser.antlr.TilsynParser;

/**
 * The generated parser behind {@link NestingLimits}: every text is scanned (linearly) before
 * ANTLR's recursive descent sees it, so no input can exhaust the stack of the parser or of
 * the steps after it.
 */
public class BoundedTilsynParser extends TilsynParser {

	@Override
	public IParseResult doParse(Reader reader) {
		String text = read(reader);
		NestingLimits scan = NestingLimits.scan(text);
		if (!scan.changed()) {
			return super.doParse(new StringReader(text));
		}
		IParseResult parsed = super.doParse(new StringReader(scan.text()));
		return scan.refusals().isEmpty() ? parsed : new BoundedParseResult(parsed, text, scan.refusals());
	}

	@Override
	public IParseResult parse(ParserRule rule, Reader reader) {
		return super.parse(rule, new StringReader(NestingLimits.scan(read(reader)).text()));
	}

	@Override
	public IParseResult parse(RuleCall ruleCall, Reader reader, int initialLookAhead) {
		return super.parse(ruleCall, new StringReader(NestingLimits.scan(read(reader)).text()), initialLookAhead);
	}

	/**
	 * A partial reparse after an edit only when the whole new text is within the limits and
	 * the previous text was parsed as written; otherwise the whole text again.
	 */
	@Override
	protected IParseResult doReparse(IParseResult previous, ReplaceRegion region) {
		String old = previous instanceof BoundedParseResult bounded ? bounded.originalText()
				: previous.getRootNode().getText();
		StringBuilder text = new StringBuilder(old);
		region.applyTo(text);
		if (previous instanceof BoundedParseResult || NestingLimits.scan(text.toString()).changed()) {
			return doParse(new StringReader(text.toString()));
		}
		return super.doReparse(previous, region);
	}

	private static String read(Reader reader) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n; (n = reader.read(buffer)) >= 0;) {
				text.append(buffer, 0, n);
			}
			return text.toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
