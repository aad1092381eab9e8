package dk.tilsyn.lang.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import dk.tilsyn.lang.ide.TilsynIdeSetup;

/**
 * The concept language's language server (LSP) over a pair of streams, for any editor that
 * speaks LSP (`tilsyn lsp`, or the `tilsyn-lsp` script). The language is registered directly:
 * Xtext's own lookup uses a ServiceLoader, which does not see across OSGi bundles.
 */
public final class TilsynLanguageServer {
	private TilsynLanguageServer() {
	}

	/** Serves until the client disconnects; returns the listening future to wait on. */
	public static Future<Void> start(InputStream in, OutputStream out) {
		new TilsynIdeSetup().createInjectorAndDoEMFRegistration();
		Injector injector = Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> {
					binder.bind(IResourceServiceProvider.Registry.class)
							.toInstance(IResourceServiceProvider.Registry.INSTANCE);
					binder.bind(IFileSystemScanner.class).to(RegularFilesScanner.class);
				}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/** Serves on the given streams until the client goes away. */
	public static void run(InputStream in, OutputStream out) throws InterruptedException {
		try {
			start(in, out).get();
		} catch (ExecutionException e) {
			// the client closed the connection
		}
	}
}
