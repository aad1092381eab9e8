package dk.tilsyn.lang.ide.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;

import dk.tilsyn.lang.scoping.ImportPolicy;

/**
 * The files of the editor's workspace the server reads: regular files of a sane size only (a
 * pipe or a device named *.tilsyn would block the server forever), found without following
 * links (a link to a folder above would walk in circles).
 */
public class RegularFilesScanner implements IFileSystemScanner {

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		Path folder = ImportPolicy.file(root);
		if (folder == null || !Files.isDirectory(folder)) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && attributes.size() <= ImportPolicy.MAX_FILE_SIZE) {
						acceptor.accept(URI.createFileURI(file.toAbsolutePath().toString()));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE; // unreadable: not part of the workspace
				}
			});
		} catch (IOException | RuntimeException e) {
			// what was found so far is the workspace
		}
	}
}
