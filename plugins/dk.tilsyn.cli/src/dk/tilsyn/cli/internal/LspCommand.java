package dk.tilsyn.cli.internal;

import java.io.PrintStream;
import java.util.List;

import dk.tilsyn.lang.ide.server.TilsynLanguageServer;

/**
 * {@code tilsyn lsp}: the concept language's language server on stdin/stdout, for any editor
 * that speaks LSP. Anything else printed goes to stderr so the protocol stream stays clean.
 */
final class LspCommand {
	private final PrintStream protocol;

	LspCommand(PrintStream protocol) {
		this.protocol = protocol;
	}

	int run(List<String> args) throws InterruptedException {
		Options.noMoreOptions(args);
		System.setOut(System.err);
		TilsynLanguageServer.run(System.in, protocol);
		return Cli.OK;
	}
}
