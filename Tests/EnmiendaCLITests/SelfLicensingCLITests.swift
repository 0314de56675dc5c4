import Foundation
import Testing

/// Field case 09: the software entry *envase* → *paquete* needs software words nearby, and
/// its list named *envases* itself and words as common as *sistema* and *lista*, so one
/// *envases* licensed the next in human-written news about packaging.
@Suite struct SelfLicensingCLITests {
    @Test func fieldCase09PackagingNewsIsLeftAlone() throws {
        let text = """
            El Consejo aprobó el Reglamento de envases y Residuos de envases.
            En 2030, el 10 % de las bebidas deberá venderse en envases reutilizables dentro de un sistema de depósito.

            """
        let fix = try CLIRunner.run(["fix", "-", "-o", "-"], input: Array(text.utf8))
        #expect(fix.status == 0, "\(fix.standardError)")
        #expect(fix.standardOutput == text)
        let check = try CLIRunner.run(["check", "--format", "count", "-"], input: Array(text.utf8))
        #expect(check.status == 0, "\(check.standardOutput)")
    }

    @Test func theSoftwareMistakeIsStillFound() throws {
        let result = try CLIRunner.run(
            ["fix", "-", "-o", "-"], input: Array("Instale el envase con apt-get y actualice los envases.\n".utf8))
        #expect(result.standardOutput == "Instale el paquete con apt-get y actualice los paquetes.\n")
    }
}
