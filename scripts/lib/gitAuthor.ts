/** Someone a commit is by, as git records them. */
export interface GitPerson {
  readonly name: string;
  readonly email: string;
}

/** The environment that makes `git commit` (or merge) record `person` as author and committer at `date`. */
export function commitAs(person: GitPerson, date: Date): Record<string, string> {
  const at = date.toISOString();
  return {
    GIT_AUTHOR_NAME: person.name,
    GIT_AUTHOR_EMAIL: person.email,
    GIT_AUTHOR_DATE: at,
    GIT_COMMITTER_NAME: person.name,
    GIT_COMMITTER_EMAIL: person.email,
    GIT_COMMITTER_DATE: at,
  };
}
