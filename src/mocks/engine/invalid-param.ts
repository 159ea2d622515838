/** A query parameter the API refuses; becomes a 400 problem that names it. */
export class InvalidParam extends Error {
  readonly param: string

  constructor(param: string, detail: string) {
    super(detail)
    this.name = 'InvalidParam'
    this.param = param
  }
}
