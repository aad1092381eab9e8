package dk.tilsyn.editor;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/** The text of a workspace file: as saved, or as an editor has it. */
public final class WorkspaceTexts {
	private WorkspaceTexts() {
	}

	/** The file's saved text, in its charset. */
	public static String saved(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), file.getCharset());
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	/** The text an open editor has (unsaved changes included), else the saved text. */
	public static String current(IFile file) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		return buffer != null ? buffer.getDocument().get() : saved(file);
	}
}
