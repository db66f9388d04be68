/**
 * `compute`, answering each argument once: a document of a year asks the same few questions
 * (a kind's competencies, a day's date, a person's names) thousands of times. Each document
 * makes its own, so nothing is kept between documents.
 */
export function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
