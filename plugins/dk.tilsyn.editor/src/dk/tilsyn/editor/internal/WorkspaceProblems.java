package dk.tilsyn.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;

import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.WorkspaceTexts;
import dk.tilsyn.editor.XtextLanguage;
import dk.tilsyn.editor.XtextLanguages;
import dk.tilsyn.editor.XtextReconciler;

/**
 * Problems of the files no editor has open: every file of a contributed language is checked
 * when the workbench starts and again when it or another file of its project changes on disk
 * (a library change can break the concepts that import it). Open files are the reconciler's.
 */
public class WorkspaceProblems implements IStartup, IResourceChangeListener {
	private static final org.eclipse.xtext.service.OperationCanceledManager CANCELLATION = new org.eclipse.xtext.service.OperationCanceledManager();
	@Override
	public void earlyStartup() {
		if (XtextLanguages.all().isEmpty()) {
			return;
		}
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		check(List.of(ResourcesPlugin.getWorkspace().getRoot().getProjects()));
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IProject> projects = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && XtextLanguages.forFile(file).isPresent()
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					if (delta.getKind() == IResourceDelta.REMOVED) {
						Markers.forget(file);
					}
					projects.add(file.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(getClass()).error("Workspace change not followed", e);
		}
		if (!projects.isEmpty()) {
			check(List.copyOf(projects));
		}
	}

	private static final Set<IProject> PENDING = new LinkedHashSet<>();
	/** One job checks whatever is pending, so that changes in a row make one check, not many. */
	private static final Job JOB = Job.create(Messages.checkingFiles,
			(org.eclipse.core.runtime.jobs.IJobFunction) WorkspaceProblems::runPending);

	static {
		JOB.setPriority(Job.BUILD);
	}

	/** Checks the closed files of the language in these projects, in the background. */
	public static void check(List<IProject> projects) {
		synchronized (PENDING) {
			PENDING.addAll(projects);
		}
		JOB.schedule(200);
	}

	private static IStatus runPending(IProgressMonitor monitor) {
		List<IProject> projects;
		synchronized (PENDING) {
			projects = List.copyOf(PENDING);
			PENDING.clear();
		}
		IStatus status = run(projects, monitor);
		if (status.getSeverity() == IStatus.CANCEL) {
			synchronized (PENDING) {
				PENDING.addAll(projects); // checked with the next change
			}
		}
		return status;
	}

	private static IStatus run(List<IProject> projects, IProgressMonitor monitor) {
		List<IFile> files = new ArrayList<>();
		for (IProject project : projects) {
			if (!project.isAccessible()) {
				continue;
			}
			try {
				project.accept(resource -> {
					if (resource instanceof IFile file && XtextLanguages.forFile(file).isPresent()) {
						files.add(file);
					}
					return !resource.isDerived();
				});
			} catch (CoreException e) {
				return e.getStatus();
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.checkingFiles, files.size());
		for (IFile file : files) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(file.getFullPath().toString());
			if (FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) == null
					&& file.exists()) {
				XtextLanguage language = XtextLanguages.forFile(file).orElseThrow();
				try {
					String text = WorkspaceTexts.saved(file);
					DocumentAnalysis analysis = XtextReconciler.analysis().analyze(language,
							URI.createPlatformResourceURI(file.getFullPath().toString(), true), text,
							() -> progress.isCanceled());
					Markers.updateClosed(file, analysis.issues(), language.name());
				} catch (CoreException | RuntimeException | StackOverflowError | org.eclipse.xtext.service.OperationCanceledError e) {
					// Xtext cancels with an Error; one file too deep for the stack must not stop the others
					if (progress.isCanceled() || CANCELLATION.isOperationCanceledException(e)) {
						return Status.CANCEL_STATUS;
					}
					ILog.of(WorkspaceProblems.class).warn(NLS.bind(Messages.checkFailed, file.getFullPath(), e.getMessage()), e);
				}
			}
			progress.worked(1);
		}
		return Status.OK_STATUS;
	}

	/** After an editor closes: its file is checked again as saved (unsaved edits are gone). */
	public static void checkClosed(IFile file) {
		if (file != null) {
			Markers.closed(file);
			check(List.of(file.getProject()));
		}
	}
}
