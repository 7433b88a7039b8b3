import type { Metadata } from "next";
import { SimulatorPage, simulatorMetadata } from "@/simulator/SimulatorPage";

export const metadata: Metadata = simulatorMetadata("ja");

export default function Page() {
  return <SimulatorPage lang="ja" />;
}
