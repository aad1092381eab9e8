package dk.tilsyn.studio.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * Folders of concepts put into the workspace folder ({@code tilsyn studio FOLDER}) become
 * projects when Studio starts, so that a lawyer who copies a concept folder there finds it in
 * the Project Explorer. The files stay where they are; only Eclipse's {@code .project} is added.
 */
public class ConceptFolders implements IStartup {
	/** How deep below a folder a concept file is looked for (a concept plugin keeps them in concept/). */
	private static final int DEPTH = 3;

	@Override
	public void earlyStartup() {
		WorkspaceJob job = new WorkspaceJob(Messages.conceptFolders) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				for (IProject project : importInto(ResourcesPlugin.getWorkspace())) {
					ILog.of(ConceptFolders.class).info("The concept folder " + project.getLocation() + " became a project");
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	/** Makes every folder with concept files in the workspace's folder a project; returns the new ones. */
	public static List<IProject> importInto(IWorkspace workspace) throws CoreException {
		List<IProject> created = new ArrayList<>();
		Path folder = workspace.getRoot().getLocation().toFile().toPath();
		List<Path> candidates;
		try (Stream<Path> children = Files.list(folder)) {
			candidates = children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
					.sorted().toList();
		} catch (IOException e) {
			return created;
		}
		for (Path candidate : candidates) {
			String name = candidate.getFileName().toString();
			IProject project = workspace.getRoot().getProject(name);
			if (project.exists() || !workspace.validateName(name, IResource.PROJECT).isOK() || !holdsConcepts(candidate)) {
				continue;
			}
			project.create(null);
			project.open(null);
			created.add(project);
		}
		return created;
	}

	private static boolean holdsConcepts(Path folder) {
		try (Stream<Path> files = Files.find(folder, DEPTH,
				(path, attributes) -> attributes.isRegularFile() && path.getFileName().toString().endsWith(".tilsyn"))) {
			return files.findAny().isPresent();
		} catch (IOException | UncheckedIOException e) {
			return false; // an unreadable folder is no concept folder
		}
	}
}
