/**
 * One live object of each kind whose objects come and go with documents: decoded rows, their endpoints,
 * the rules' row lists, the scanner. V8 keeps a class's hidden class only while some object still has it;
 * once the last of them is collected (a closed document, a finished validation), the optimised code built
 * for that class is thrown away, and the next open or validation runs slowly until it is optimised again
 * (measured: opens about 1.5× slower, validation steps of several milliseconds). A small witness of each
 * kind, kept here, keeps that code.
 */
const witnesses = new Map<string, object>();

/** Keeps `witness` alive as the object of `kind`, in place of the one kept before. */
export function keepShape(kind: string, witness: object): void {
  witnesses.set(kind, witness);
}
