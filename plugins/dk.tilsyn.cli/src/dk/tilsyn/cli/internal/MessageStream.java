package dk.tilsyn.cli.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard error as the command line uses it: every message is one line, with its control
 * characters escaped ({@link Text#escape}), whoever formatted it. Only the command line's own
 * multi-line texts (usage) go through {@link #printLines}, which keeps their line breaks.
 */
final class MessageStream extends PrintStream {
	MessageStream(OutputStream out, Charset charset) {
		super(out, true, charset);
	}

	/** Wraps a stream unless it is one already. */
	static MessageStream of(PrintStream stream) {
		return stream instanceof MessageStream m ? m : new MessageStream(stream, stream.charset());
	}

	@Override
	public void print(String s) {
		super.print(Text.escape(s));
	}

	@Override
	public void print(Object obj) {
		print(String.valueOf(obj));
	}

	@Override
	public void print(char[] s) {
		print(new String(s));
	}

	@Override
	public void print(char c) {
		print(String.valueOf(c));
	}

	@Override
	public void println(char[] x) {
		println(new String(x));
	}

	@Override
	public void println(char x) {
		println(String.valueOf(x));
	}

	/** A text of the command line's own (usage), line by line, each line escaped. */
	void printLines(String text) {
		text.lines().forEach(this::println);
	}
}
