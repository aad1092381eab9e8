package dk.tilsyn.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The language server's stdin, checked against the LSP base protocol before the server sees
 * it: header lines ({@code Content-Length: N} required), an empty line, then N bytes of a JSON
 * object. Only whole, well-framed messages are passed on; at the first thing that is not the
 * protocol the stream ends, as if the client had gone, and {@link #problem()} says what was
 * wrong and where.
 */
final class LspInput extends InputStream {
	/** Larger messages are refused, not buffered: a concept file is far smaller. */
	static final int MAX_MESSAGE = 64 << 20;
	private static final int MAX_HEADER_LINE = 8192;

	private final InputStream in;
	private byte[] message = new byte[0];
	private int next;
	private long offset;
	private String problem;

	LspInput(InputStream in) {
		this.in = in;
	}

	/** What was not the protocol (one line), or null. */
	String problem() {
		return problem;
	}

	@Override
	public int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		return message[next++] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int n = Math.min(len, message.length - next);
		System.arraycopy(message, next, b, off, n);
		next += n;
		return n;
	}

	@Override
	public int available() {
		return message.length - next;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Makes sure there are bytes of a whole message to pass on; false at the end. */
	private boolean fill() throws IOException {
		if (next < message.length) {
			return true;
		}
		if (problem != null) {
			return false;
		}
		byte[] read = readMessage();
		next = 0;
		message = read == null ? new byte[0] : read;
		return read != null;
	}

	/** The next whole message (headers and content), or null at the end or at a problem. */
	private byte[] readMessage() throws IOException {
		ByteArrayOutputStream whole = new ByteArrayOutputStream();
		long start = offset;
		int length = -1;
		while (true) {
			String line = readLine(whole, start);
			if (line == null) {
				return null;
			}
			if (line.isEmpty()) {
				break;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				return refuse(NLS.bind(Messages.lspNotAHeader, start, shortened(line)));
			}
			if (line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
				try {
					length = Integer.parseInt(line.substring(colon + 1).trim());
				} catch (NumberFormatException e) {
					length = -2;
				}
				if (length < 0 || length > MAX_MESSAGE) {
					return refuse(NLS.bind(Messages.lspBadLength, start, shortened(line)));
				}
			}
		}
		if (length < 0) {
			return refuse(NLS.bind(Messages.lspNoLength, start));
		}
		byte[] content = in.readNBytes(length);
		offset += content.length;
		if (content.length < length) {
			return refuse(NLS.bind(Messages.lspTruncated, start, length));
		}
		int first = 0;
		while (first < content.length && Character.isWhitespace(content[first])) {
			first++;
		}
		if (first == content.length || content[first] != '{') {
			return refuse(NLS.bind(Messages.lspNotJson, start));
		}
		whole.write(content);
		return whole.toByteArray();
	}

	/** A header line without its line end, also copied to {@code whole}; null at the end or a problem. */
	private String readLine(ByteArrayOutputStream whole, long start) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int c = in.read();
			if (c < 0) {
				if (line.size() > 0 || whole.size() > 0) {
					refuse(NLS.bind(Messages.lspTruncated, start, "?"));
				}
				return null; // the client went away between messages: a normal end
			}
			offset++;
			whole.write(c);
			if (c == '\n') {
				String text = line.toString(StandardCharsets.US_ASCII);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(c);
			if (line.size() > MAX_HEADER_LINE) {
				refuse(NLS.bind(Messages.lspNotAHeader, start, shortened(line.toString(StandardCharsets.US_ASCII))));
				return null;
			}
		}
	}

	private byte[] refuse(String what) {
		problem = what;
		return null;
	}

	private static String shortened(String line) {
		return line.length() > 40 ? line.substring(0, 40) + "…" : line;
	}
}
